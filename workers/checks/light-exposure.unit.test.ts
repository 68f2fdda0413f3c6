import { expect } from 'chai';
import { lightExposure } from './light-exposure';
import { face0, grey, limitsWith, portrait, syntheticContext, type Context } from './synthetic';

/** Mean linear luminance of the face (inside the silhouette) and its share of burnt pixels. */
describe('light.exposure (synthetic pixels)', () => {
  const own = {
    passMin: 0.15,
    passMax: 0.75,
    warnMin: 0.1,
    warnMax: 0.85,
    clippedWarn: 0.003,
    clippedFail: 0.01,
  };
  const limits = limitsWith({ 'light.exposure': own });
  // sRGB 128 is linear 0.216, 95 is 0.115, 20 is 0.007, 240 is 0.871.
  const run = (
    face: (x: number, y: number) => readonly [number, number, number],
    overrides: Partial<Context> = {},
  ) =>
    lightExposure.run(syntheticContext({ limits, ...portrait(face0, face, () => grey(255)), ...overrides }));

  it('a face lit mid-grey passes, its mean and every limit reported', () => {
    const outcome = run(() => grey(128));
    expect(outcome).to.include({ status: 'pass', key: 'check.light.exposure.pass', value: 0.216 });
    expect(outcome.limits).to.deep.equal(own);
    expect(outcome.params).to.deep.equal({ clipped: 0 });
  });

  it('a dim face warns, a very dark one fails', () => {
    expect(run(() => grey(95))).to.include({ status: 'warn', key: 'check.light.exposure.dark' });
    expect(run(() => grey(20))).to.include({ status: 'fail', key: 'check.light.exposure.dark' });
  });

  it('an over-exposed face fails as bright', () => {
    expect(run(() => grey(240))).to.include({ status: 'fail', key: 'check.light.exposure.bright' });
  });

  it('burnt highlights (5 % white) on a well-exposed face fail as clipped', () => {
    const outcome = run((x, y) => grey(Math.floor(x) % 20 === 0 && y > 0 ? 255 : 140));
    expect(outcome).to.include({ status: 'fail', key: 'check.light.exposure.clipped' });
    expect(outcome.params!.clipped).to.be.within(4, 6);
  });

  it('white laid past the photo edge (not in the source) is not a burnt highlight', () => {
    const fill = (x: number, y: number) => grey(y > face0.eyesY + 0.5 * face0.t ? 255 : 128);
    expect(run(fill)).to.include({ status: 'fail', key: 'check.light.exposure.clipped' });
    const inSource = (p: { y: number }) => p.y <= face0.eyesY + 0.5 * face0.t;
    expect(run(fill, { inSource })).to.include({ status: 'pass', value: 0.216 });
  });
});
