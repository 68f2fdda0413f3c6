import { expect } from 'chai';
import { profiles } from '../../shared/profiles';
import { makeEngine } from '../bridge';

const spec = profiles.find(p => p.id === 'demo')!.photo;
const fixture = async (path: string) => (await fetch(`/tests/fixtures/${path}`)).blob();

/** A first photo on a weak link: it does not wait for the face models beyond `faceWaitMs`, and is redone after. */
describe('face models still downloading (faceWaitMs)', () => {
  const engine = makeEngine();
  after(() => engine.terminate());

  it('goes on without them, says so, and frames by the face once faceModels() says they are here', async () => {
    const photo = await fixture('compliance/franck_02045-phone.jpg');
    // A fresh worker has no models yet: no wait at all is sure to find them still on their way.
    const early = await engine.process(photo, spec, { faceWaitMs: 0 });
    if (!early.ok) throw new Error(early.error.message);
    expect(early.facesLater).to.equal(true);
    expect(early.face).to.equal(undefined);
    expect(early.output).to.not.equal(null);
    const count = early.checks.find(check => check.id === 'face.count')!;
    expect([count.status, count.key]).to.deep.equal(['warn', 'check.face.count.later']);

    expect(await engine.faceModels()).to.equal(true);
    const later = await engine.process(photo, spec, { faceWaitMs: 0 });
    if (!later.ok) throw new Error(later.error.message);
    expect(later.facesLater).to.equal(undefined);
    expect(later.face?.count).to.equal(1);
    expect(later.frame).to.not.deep.equal(early.frame);
  });
});
