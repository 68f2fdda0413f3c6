import { expect } from 'chai';
import { lightUniformity } from './light-uniformity';
import { face0, grey, limitsWith, portrait, random, syntheticContext } from './synthetic';

/** Overlap of the two cheeks' luminance histograms (squares below the eyes, on their inner side). */
describe('light.uniformity (synthetic pixels)', () => {
  const limits = limitsWith({ 'light.uniformity': { warn: 0.5, fail: 0.2 } });
  const run = (face: (x: number, y: number) => readonly [number, number, number]) =>
    lightUniformity.run(syntheticContext({ limits, ...portrait(face0, face) }));
  const leftHalf = (x: number) => x < face0.cx;

  it('an evenly lit face passes, with full overlap and the limits', () => {
    const outcome = run(() => grey(160));
    expect(outcome).to.include({ status: 'pass', key: 'check.light.uniformity.pass', value: 1 });
    expect(outcome.limits).to.deep.equal({ warn: 0.5, fail: 0.2 });
  });

  it('textured skin a little lighter on one side passes', () => {
    const next = random(3);
    expect(run(x => grey(140 + Math.floor(40 * next()) + (leftHalf(x) ? 0 : 3)))).to.include({
      status: 'pass',
    });
  });

  it('one half of the face in shadow fails', () => {
    const outcome = run(x => grey(leftHalf(x) ? 60 : 170));
    expect(outcome).to.include({ status: 'fail', key: 'check.light.uniformity.uneven', value: 0 });
  });

  it('a cheek a third of which matches the other warns', () => {
    const outcome = run(x => grey(leftHalf(x) || Math.floor(x) % 3 === 0 ? 60 : 170));
    expect(outcome).to.include({ status: 'warn', key: 'check.light.uniformity.uneven' });
    expect(outcome.value).to.be.within(0.25, 0.45);
  });
});
