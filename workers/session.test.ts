import { expect } from 'chai';
import { profiles } from '../shared/profiles';
import { makeEngine } from './bridge';

const spec = profiles.find(p => p.id === 'demo')!.photo;
const fixture = async (path: string) => (await fetch(`/tests/fixtures/${path}`)).blob();

describe('a photo session: analysed once, rendered at each reframe', () => {
  const engine = makeEngine();
  after(() => engine.terminate());

  it('the second frame reuses the analysis: same face, same preview, no second pass over the photo', async () => {
    const photo = engine.open(await fixture('real/img30.jpg'));
    const first = await photo.render(spec);
    if (!first.ok) throw new Error(first.error.message);
    const frame = { ...first.frame, x: first.frame.x + 20 };
    const second = await photo.render(spec, { frame });
    if (!second.ok) throw new Error(second.error.message);
    expect(second.frame.x).to.be.closeTo(frame.x, 0.01);
    expect(second.face).to.deep.equal(first.face);
    expect(second.preview!.blob.size).to.equal(first.preview!.blob.size);
    // The first frame carries the opening (two passes of face analysis, the hair's mask); the second only the
    // output's mask: an order of magnitude apart, not a timing budget.
    expect(second.timings.analyse).to.be.below(first.timings.analyse / 2);
    photo.close();
  });

  it('a worker stopped since (idle, aborted) has forgotten the photo: it is opened again there by itself', async () => {
    const photo = engine.open(await fixture('real/img30.jpg'));
    const before = await photo.render(spec);
    engine.terminate();
    const after = await photo.render(spec);
    if (!before.ok || !after.ok) throw new Error('render failed');
    expect(after.frame).to.deep.equal(before.frame);
    expect(after.checks.map(check => check.status)).to.deep.equal(before.checks.map(check => check.status));
  });

  it('a file that is not a photo answers its error at the first render, like process()', async () => {
    const photo = engine.open(new Blob(['not a photo'], { type: 'image/jpeg' }), { lang: 'en' });
    const result = await photo.render(spec);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.code).to.equal('format.unsupported');
  });
});
