import { expect } from 'chai';
import { backgroundColour } from './background-colour';
import {
  grey,
  isPerson,
  limitsWith,
  picture,
  spec,
  syntheticContext,
  syntheticMask,
  type Rgb,
} from './synthetic';

/** Mean background colour (CIELAB L* and chroma), read where the mask says background. */
describe('background.colour (synthetic pixels and mask)', () => {
  const own = { whiteL: 96, nearWhiteL: 91, whiteChroma: 5, darkL: 60, saturatedChroma: 25 };
  const limits = limitsWith({ 'background.colour': own });
  const mask = syntheticMask();
  const dressed = (background: Rgb, person: Rgb = [40, 40, 60]) =>
    picture((x, y) => (isPerson(mask, x, y) ? person : background));
  const run = (pixels: ReturnType<typeof picture>, whiteAllowed = false, withMask = true) =>
    backgroundColour.run(
      syntheticContext({
        limits,
        spec: { ...spec, background: { whiteAllowed } },
        mask: withMask ? mask : null,
        ...pixels,
      }),
    );

  it('light blue passes, with L*, chroma, the limits and the background as area', () => {
    const outcome = run(dressed([200, 220, 240]));
    expect(outcome).to.include({ status: 'pass', key: 'check.background.colour.pass', area: 'background' });
    expect(outcome.value).to.be.within(85, 90);
    expect(outcome.limits).to.deep.equal(own);
    expect(outcome.params!.chroma).to.be.within(5, 15);
  });

  it('white fails where the profile forbids it, passes where it allows it', () => {
    expect(run(dressed(grey(255)))).to.include({
      status: 'fail',
      key: 'check.background.colour.white',
      value: 100,
    });
    expect(run(dressed(grey(255)), true)).to.include({ status: 'pass' });
  });

  it('a near-white background warns where white is forbidden', () => {
    expect(run(dressed(grey(238)))).to.include({ status: 'warn', key: 'check.background.colour.near_white' });
    expect(run(dressed(grey(238)), true)).to.include({ status: 'pass' });
  });

  it('a dark background warns, a saturated one warns', () => {
    expect(run(dressed(grey(70)))).to.include({ status: 'warn', key: 'check.background.colour.dark' });
    expect(run(dressed([240, 200, 40]))).to.include({
      status: 'warn',
      key: 'check.background.colour.saturated',
    });
  });

  it('a yellow jumper (inside the person) does not count; the same yellow on the background does', () => {
    expect(run(dressed([200, 220, 240], [240, 200, 40]))).to.include({ status: 'pass' });
    expect(run(dressed([240, 200, 40], [200, 220, 240]))).to.include({
      status: 'warn',
      key: 'check.background.colour.saturated',
    });
  });

  it('without a mask, the region around the head above the chin is read', () => {
    expect(run(dressed(grey(255)), false, false)).to.include({
      status: 'fail',
      key: 'check.background.colour.white',
    });
    expect(run(dressed([200, 220, 240], [240, 200, 40]), false, false)).to.include({ status: 'pass' });
  });
});
