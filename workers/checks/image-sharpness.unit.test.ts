import { expect } from 'chai';
import { imageSharpness } from './image-sharpness';
import { blurred, face0, grey, limitsWith, portrait, random, syntheticContext } from './synthetic';

/** Variance of the Laplacian over the inner face, at 100 px between the eyes, corrected for the face's brightness. */
describe('image.sharpness (synthetic texture)', () => {
  const limits = limitsWith({ 'image.sharpness': { pass: 25, fail: 10 } });
  /** Skin texture: 3-px blocks of random grey around `level`. */
  const textured = (level: number, spread: number, seed = 5) => {
    const next = random(seed);
    const blocks = Array.from({ length: 200 * 200 }, () => level + spread * (next() - 0.5));
    return portrait(face0, (x, y) => grey(blocks[Math.floor(y / 3) * 200 + Math.floor(x / 3)]!));
  };
  const run = (pixels: ReturnType<typeof portrait>) =>
    imageSharpness.run(syntheticContext({ limits, ...pixels }));

  it('a sharp texture on the face passes, with the variance and limits', () => {
    const outcome = run(textured(128, 80));
    expect(outcome).to.include({ status: 'pass', key: 'check.image.sharpness.pass' });
    expect(outcome.value).to.be.above(100);
    expect(outcome.limits).to.deep.equal({ pass: 25, fail: 10 });
  });

  it('the same texture blurred fails; a plain face fails too', () => {
    expect(run(blurred(textured(128, 80), 6))).to.include({
      status: 'fail',
      key: 'check.image.sharpness.blurred',
    });
    expect(run(portrait(face0, () => grey(128)))).to.include({ status: 'fail', value: 0 });
  });

  it('a lightly blurred texture lands between the limits and warns', () => {
    const between = limitsWith({ 'image.sharpness': { pass: 100, fail: 10 } });
    const outcome = imageSharpness.run(
      syntheticContext({ limits: between, ...blurred(textured(128, 80), 1.5) }),
    );
    expect(outcome).to.include({ status: 'warn', key: 'check.image.sharpness.blurred' });
    expect(outcome.value).to.be.within(20, 60);
  });

  it('a dark but sharp face is not read as blurred (brightness correction)', () => {
    const [bright, dark] = [run(textured(128, 80)), run(textured(32, 20))];
    expect(dark).to.include({ status: 'pass' });
    expect(dark.value! / bright.value!).to.be.within(0.7, 1.4);
  });
});
