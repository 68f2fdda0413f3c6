import { expect } from 'chai';
import { faceCount } from './face-count';
import { limitsWith, syntheticContext, syntheticFace } from './synthetic';

/** One face: analysis not run warns, no face fails, a second face at or above the share of the main one fails. */
describe('face.count (synthetic analysis)', () => {
  const limits = limitsWith({ 'face.count': { secondFace: 0.2 } });
  const { faces } = syntheticFace();
  const run = (secondFace: number, count = 2) =>
    faceCount.run(
      syntheticContext({ limits, faces: { ...faces, secondFace, main: { ...faces.main, count } } }),
    );

  it('analysis that did not run (later, unavailable) warns with its own key', () => {
    for (const analysis of ['later', 'unavailable'] as const)
      expect(faceCount.run(syntheticContext({ limits, analysis, faces: null }))).to.deep.equal({
        status: 'warn',
        key: `check.face.count.${analysis}`,
      });
  });

  it('no face fails, with the limit reported', () => {
    const outcome = faceCount.run(syntheticContext({ limits, faces: null, face: null!, faceBox: null! }));
    expect(outcome).to.include({ status: 'fail', key: 'check.face.count.none', value: 0 });
    expect(outcome.limits).to.deep.equal({ secondFace: 0.2 });
    expect(outcome).not.to.have.property('area');
  });

  it('one face alone passes, and points at it', () => {
    const outcome = run(0, 1);
    expect(outcome).to.include({ status: 'pass', key: 'check.face.count.pass', value: 0 });
    expect(outcome.limits).to.deep.equal({ secondFace: 0.2 });
    expect(outcome.params).to.deep.equal({ count: 1 });
    expect(outcome.area).to.deep.equal(faces.main.box);
  });

  it('a small second face (a poster, someone far behind) passes', () => {
    expect(run(0.05)).to.include({ status: 'pass', key: 'check.face.count.pass', value: 0.05 });
  });

  it('a second face above the limit fails, and so does one exactly at it', () => {
    const outcome = run(0.6);
    expect(outcome).to.include({ status: 'fail', key: 'check.face.count.several', value: 0.6 });
    expect(outcome.params).to.deep.equal({ count: 2 });
    expect(run(0.2)).to.include({ status: 'fail' });
  });
});
