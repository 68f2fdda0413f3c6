import { expect } from 'chai';
import { profiles } from '../../shared/profiles';
import { makeEngine } from '../bridge';
import { compare, type Label } from '../../tests/compliance/agreement.mjs';
import labelled from '../../tests/fixtures/real/labels.json';
import known from '../../tests/fixtures/real/disagreements.json';

const labels: Label[] = labelled;
const spec = profiles.find(p => p.id === 'demo')!.photo;
const photo = async (file: string) => (await fetch(`/tests/fixtures/real/${file}`)).blob();

/**
 * The 65 real photos nobody on the project made, labelled with what a schooling office would say per check
 * (tests/fixtures/real/labels.json). Two lines held: the hard rule (a photo labelled acceptable is never blocked,
 * and gets at most one warning, a true one), and the disagreements exactly as the README lists them (`npm run
 * calibration` writes them): one more is a regression, one fewer is a fix to write down.
 */
describe('checks on the labelled real photos', function () {
  this.timeout(600_000);
  const engine = makeEngine();
  after(() => engine.terminate());
  const statuses: Record<string, Record<string, string>> = {};

  before(async () => {
    for (const { file } of labels) {
      const result = await engine.process(await photo(file), spec);
      if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
      statuses[file] = Object.fromEntries(result.checks.map(check => [check.id, check.status]));
    }
  });

  it('never blocks a photo labelled acceptable, nor warns it more than once or untruly', () => {
    expect(compare(labels, statuses).hardRule).to.deep.equal([]);
  });

  it('disagrees with the labels exactly where the README says', () => {
    expect(compare(labels, statuses).disagreements).to.deep.equal(known);
  });
});
