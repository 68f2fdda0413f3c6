import { expect } from 'chai';
import { backgroundUniform } from './background-uniform';
import {
  background0,
  face0,
  grey,
  isPerson,
  limitsWith,
  picture,
  portrait,
  skin,
  syntheticContext,
  syntheticMask,
} from './synthetic';

/** Mean Scharr gradient of the background (at 81 px between the eyes): the mask says what background is. */
describe('background.uniform (synthetic pixels and mask)', () => {
  const limits = limitsWith({
    'background.uniform': { pass: 60, warn: 120, spreadPass: 20, spreadWarn: 38 },
  });
  const mask = syntheticMask();
  /** A black and white checkerboard of 6-px squares. */
  const busy = (x: number, y: number) => grey((Math.floor(x / 6) + Math.floor(y / 6)) % 2 ? 255 : 0);
  const run = (pixels: ReturnType<typeof picture>, withMask = true) =>
    backgroundUniform.run(syntheticContext({ limits, mask: withMask ? mask : null, ...pixels }));
  const personBusy = picture((x, y) => (isPerson(mask, x, y) ? busy(x, y) : background0));
  const backgroundBusy = picture((x, y) => (isPerson(mask, x, y) ? skin : busy(x, y)));

  it('a plain background passes, with its gradient, the limits and the background as area', () => {
    const outcome = run(portrait());
    expect(outcome).to.include({ status: 'pass', key: 'check.background.uniform.pass', area: 'background' });
    expect(outcome.value).to.be.below(5);
    expect(outcome.limits).to.deep.equal({ pass: 60, warn: 120, spreadPass: 20, spreadWarn: 38 });
  });

  it('a busy pattern inside the person does not count', () => {
    expect(run(personBusy)).to.include({ status: 'pass' });
  });

  it('the same pattern on the background fails', () => {
    const outcome = run(backgroundBusy);
    expect(outcome).to.include({ status: 'fail', key: 'check.background.uniform.busy' });
    expect(outcome.value).to.be.above(240);
  });

  it('a faint pattern (4 grey levels) lands between the limits and warns', () => {
    const between = limitsWith({
      'background.uniform': { pass: 20, warn: 150, spreadPass: 20, spreadWarn: 38 },
    });
    const faint = (x: number, y: number) => grey((Math.floor(x / 6) + Math.floor(y / 6)) % 2 ? 204 : 200);
    const pixels = picture((x, y) => (isPerson(mask, x, y) ? skin : faint(x, y)));
    const outcome = backgroundUniform.run(syntheticContext({ limits: between, mask, ...pixels }));
    expect(outcome).to.include({ status: 'warn', key: 'check.background.uniform.busy' });
    expect(outcome.value).to.be.within(40, 100);
  });

  it('a smooth but uneven background (a scene out of focus) passes the gradient and fails the spread', () => {
    const ramp = picture((x, y) => (isPerson(mask, x, y) ? skin : grey(40 + (200 * x) / 413)));
    const outcome = run(ramp);
    expect(outcome.value).to.be.below(60);
    expect(outcome).to.include({ status: 'fail', key: 'check.background.uniform.busy' });
    expect(outcome.params!.spread).to.be.above(38);
  });

  it('without a mask, the region around the head is used: the same two verdicts', () => {
    expect(run(personBusy, false)).to.include({ status: 'pass' });
    expect(run(backgroundBusy, false)).to.include({ status: 'fail' });
  });

  it('without a mask, the pattern below the chin (shoulders) is not read', () => {
    const low = picture((x, y) => (y > face0.eyesY + 1.05 * face0.t ? busy(x, y) : background0));
    expect(run(low, false)).to.include({ status: 'pass' });
    expect(run(low)).to.include({ status: 'fail' });
  });
});
