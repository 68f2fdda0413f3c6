import { expect } from 'chai';
import { faceResolution } from './face-resolution';
import { limitsWith, spec, syntheticContext } from './synthetic';

/** Output pixels per source pixel: the frame's width in the source against the output's. */
describe('face.resolution (synthetic frame)', () => {
  const limits = limitsWith({ 'face.resolution': { warn: 1.25, fail: 1.6 } });
  const run = (upscale: number) =>
    faceResolution.run(
      syntheticContext({
        limits,
        frame: { x: 0, y: 0, width: spec.width / upscale, height: spec.height / upscale, rotation: 0 },
      }),
    );

  it('a frame as large as the output or larger (downscaled) passes', () => {
    for (const upscale of [0.5, 1]) {
      const outcome = run(upscale);
      expect(outcome).to.include({ status: 'pass', key: 'check.face.resolution.pass', value: upscale });
      expect(outcome.limits).to.deep.equal({ warn: 1.25, fail: 1.6 });
    }
  });

  it('enlarged by 40 % warns, by 100 % fails, and says by how much', () => {
    const warned = run(1.4);
    expect(warned).to.include({ status: 'warn', key: 'check.face.resolution.low', value: 1.4 });
    expect(warned.params).to.deep.equal({ percent: 40 });
    expect(run(2)).to.include({ status: 'fail', key: 'check.face.resolution.low', value: 2 });
  });
});
