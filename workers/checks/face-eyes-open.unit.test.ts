import { expect } from 'chai';
import { faceEyesOpen } from './face-eyes-open';
import { face0, limitsWith, syntheticContext, syntheticFace } from './synthetic';

/** Eyelid gap of the less open eye over its width, against explicit limits. */
describe('face.eyes_open (synthetic mesh)', () => {
  const limits = limitsWith({ 'face.eyes_open': { pass: 0.265, fail: 0.15 } });
  const run = (leftGap: number, rightGap = leftGap) => {
    const shape = { ...face0, leftGap, rightGap };
    return faceEyesOpen.run(syntheticContext({ limits }, shape));
  };

  it('open eyes pass, and report the gap over T with the limits', () => {
    const outcome = run(0.3);
    expect(outcome).to.include({ status: 'pass', key: 'check.face.eyes_open.pass', value: 0.3 });
    expect(outcome.limits).to.deep.equal({ pass: 0.265, fail: 0.15 });
  });

  it('half-closed eyes warn, closed eyes fail', () => {
    expect(run(0.2)).to.include({ status: 'warn', key: 'check.face.eyes_open.closed', value: 0.2 });
    expect(run(0.08)).to.include({ status: 'fail', key: 'check.face.eyes_open.closed', value: 0.08 });
  });

  it('reads the less open eye: one closed eye fails, on either side', () => {
    expect(run(0.35, 0.05)).to.include({ status: 'fail', value: 0.05 });
    expect(run(0.05, 0.35)).to.include({ status: 'fail', value: 0.05 });
  });

  it('points at both eyes', () => {
    const area = run(0.3).area as { x: number; width: number };
    const { leftEye, rightEye } = syntheticFace(face0).face;
    expect(area.x).to.be.below(leftEye.x);
    expect(area.x + area.width).to.be.above(rightEye.x);
  });
});
