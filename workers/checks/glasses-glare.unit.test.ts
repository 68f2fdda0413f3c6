import { expect } from 'chai';
import { glassesGlare } from './glasses-glare';
import { face0, grey, limitsWith, portrait, syntheticContext, syntheticFace, type Rgb } from './synthetic';

/** Near-white, colourless pixels around each eye (where a lens would be). */
describe('glasses.glare (synthetic pixels)', () => {
  const limits = limitsWith({ 'glasses.glare': { warn: 0.02 } });
  const { leftEye, rightEye } = syntheticFace().face;
  /** Discs of `colour` and `radius` on both eyes (or only the left), on a grey face. */
  const spots = (colour: Rgb, radius = 10, both = true) =>
    portrait(face0, (x, y) =>
      Math.hypot(x - leftEye.x, y - leftEye.y) < radius ||
      (both && Math.hypot(x - rightEye.x, y - rightEye.y) < radius)
        ? colour
        : grey(150),
    );
  const run = (pixels: ReturnType<typeof portrait>) =>
    glassesGlare.run(syntheticContext({ limits, ...pixels }));

  it('no reflection passes, with the share and the limit', () => {
    const outcome = run(spots(grey(150)));
    expect(outcome).to.include({ status: 'pass', key: 'check.glasses.glare.pass', value: 0 });
    expect(outcome.limits).to.deep.equal({ warn: 0.02 });
    expect(outcome.area).to.be.an('object');
  });

  it('white spots on the lenses warn', () => {
    const outcome = run(spots(grey(255)));
    expect(outcome).to.include({ status: 'warn', key: 'check.glasses.glare.glare' });
    expect(outcome.value).to.be.within(0.04, 0.1);
  });

  it('one small spot on one lens stays under the limit', () => {
    expect(run(spots(grey(255), 4, false))).to.include({ status: 'pass' });
  });

  it('bright but coloured, or light grey, is not glare', () => {
    expect(run(spots([255, 250, 200]))).to.include({ status: 'pass', value: 0 });
    expect(run(spots(grey(240)))).to.include({ status: 'pass', value: 0 });
  });
});
