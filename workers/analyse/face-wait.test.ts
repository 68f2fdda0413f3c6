import { expect } from 'chai';
import { profiles } from '../../shared/profiles';
import { makeEngine } from '../bridge';

const spec = profiles.find(p => p.id === 'demo')!.photo;
const fixture = async (path: string) => (await fetch(`/tests/fixtures/${path}`)).blob();

/** The studio downloads the face analysis itself (spa/analysis): meanwhile the engine must not fetch it. */
describe("face models the caller fetches (faceModels: 'if-loaded')", () => {
  const engine = makeEngine();
  after(() => engine.terminate());

  it('goes on without them and says so, then uses them once this worker has them', async () => {
    const photo = await fixture('compliance/franck_02045-phone.jpg');
    const early = await engine.process(photo, spec, { faceModels: 'if-loaded' });
    if (!early.ok) throw new Error(early.error.message);
    expect(early.facesLater).to.equal(true);
    expect(early.face).to.equal(undefined);
    expect(early.output).to.not.equal(null);
    const count = early.checks.find(check => check.id === 'face.count')!;
    expect([count.status, count.key]).to.deep.equal(['warn', 'check.face.count.later']);

    // The default fetches them; from then on the worker has them, and 'if-loaded' uses them.
    const loaded = await engine.process(photo, spec);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const later = await engine.process(photo, spec, { faceModels: 'if-loaded' });
    if (!later.ok) throw new Error(later.error.message);
    expect(later.facesLater).to.equal(undefined);
    expect(later.face?.count).to.equal(1);
    expect(later.frame).to.not.deep.equal(early.frame);
  });
});
