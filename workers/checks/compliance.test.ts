import { expect } from 'chai';
import type { Check } from '../../shared/engine';
import { profiles } from '../../shared/profiles';
import { makeEngine } from '../bridge';
import labels from '../../tests/fixtures/compliance/labels.json';

const spec = profiles.find(p => p.id === 'demo')!.photo;
const fixture = async (name: string) => (await fetch(`/tests/fixtures/compliance/${name}.jpg`)).blob();

type Label = { file: string; why: string; expect: Record<string, string> };

/**
 * The labelled set (tests/fixtures/compliance/, made by tests/compliance/generate.mjs): every photo gets, for each
 * check its label names, exactly the expected status, through the real engine and the real models.
 */
describe('compliance checks on the labelled set', () => {
  const engine = makeEngine();
  after(() => engine.terminate());
  const results = new Map<string, Check[]>();

  for (const label of labels as Label[])
    it(`${label.file}: ${label.why}`, async () => {
      const result = await engine.process(await fixture(label.file), spec);
      if (!result.ok) throw new Error(result.error.message);
      results.set(label.file, result.checks);
      const got = Object.fromEntries(Object.keys(label.expect).map(id => [id, statusOf(result.checks, id)]));
      expect(got, JSON.stringify(result.checks.map(c => [c.id, c.status, c.value]))).to.deep.equal(
        label.expect,
      );
    });

  it('every check has a message and its limits, and every status is one of four', () => {
    for (const checks of results.values())
      for (const check of checks) {
        expect(check.message, check.id)
          .to.be.a('string')
          .and.not.match(/\{\w+\}/);
        expect(check.status).to.be.oneOf(['pass', 'warn', 'fail', 'skip']);
        if (check.status !== 'skip' && check.id !== 'face.count')
          expect(check.limits, check.id).to.be.an('object');
      }
  });
});

const statusOf = (checks: Check[], id: string) => checks.find(c => c.id === id)?.status;
