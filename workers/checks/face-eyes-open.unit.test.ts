import { expect } from 'chai';
import { faceEyesOpen } from './face-eyes-open';
import { face0, limitsWith, syntheticContext, syntheticFace } from './synthetic';

/** Eyelid gap of the less open eye over T, against explicit limits. */
describe('face.eyes_open (synthetic mesh)', () => {
  const limits = limitsWith({ 'face.eyes_open': { pass: 0.035, fail: 0.025 } });
  const run = (leftGap: number, rightGap = leftGap) => {
    const shape = { ...face0, leftGap, rightGap };
    return faceEyesOpen.run(syntheticContext({ limits }, shape));
  };

  it('open eyes pass, and report the gap over T with the limits', () => {
    const outcome = run(0.05);
    expect(outcome).to.include({ status: 'pass', key: 'check.face.eyes_open.pass', value: 0.05 });
    expect(outcome.limits).to.deep.equal({ pass: 0.035, fail: 0.025 });
  });

  it('half-closed eyes warn, closed eyes fail', () => {
    expect(run(0.03)).to.include({ status: 'warn', key: 'check.face.eyes_open.closed', value: 0.03 });
    expect(run(0.01)).to.include({ status: 'fail', key: 'check.face.eyes_open.closed', value: 0.01 });
  });

  it('reads the less open eye: one closed eye fails, on either side', () => {
    expect(run(0.06, 0.005)).to.include({ status: 'fail', value: 0.005 });
    expect(run(0.005, 0.06)).to.include({ status: 'fail', value: 0.005 });
  });

  it('points at both eyes', () => {
    const area = run(0.05).area as { x: number; width: number };
    const { leftEye, rightEye } = syntheticFace(face0).face;
    expect(area.x).to.be.below(leftEye.x);
    expect(area.x + area.width).to.be.above(rightEye.x);
  });
});
