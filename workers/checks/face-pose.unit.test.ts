import { expect } from 'chai';
import { facePose } from './face-pose';
import { limitsWith, syntheticContext, syntheticFace } from './synthetic';

/** Yaw graded against pass/warn, pitch against its own wider limits, the worse reported; roll beyond its limit. */
describe('face.pose (synthetic angles)', () => {
  const limits = limitsWith({ 'face.pose': { pass: 8, warn: 12, pitchPass: 12, pitchWarn: 16, roll: 25 } });
  const run = (yaw: number, pitch = 0, roll = 0) =>
    facePose.run(syntheticContext({ limits, faces: syntheticFace(undefined, { yaw, pitch, roll }).faces }));

  it('facing the lens passes, with the angle and limits reported', () => {
    const outcome = run(3, -2, 1);
    expect(outcome).to.include({ status: 'pass', key: 'check.face.pose.pass', value: 3 });
    expect(outcome.limits).to.deep.equal({ pass: 8, warn: 12, pitchPass: 12, pitchWarn: 16, roll: 25 });
    expect(outcome.area).to.be.an('object');
  });

  it('yaw or pitch (either sign) between its pass and warn limits warns', () => {
    expect(run(10)).to.include({ status: 'warn', key: 'check.face.pose.turned', value: 10 });
    expect(run(0, -10)).to.include({ status: 'pass', value: 10 });
    expect(run(0, -14)).to.include({ status: 'warn', key: 'check.face.pose.turned', value: 14 });
    expect(run(9, 11)).to.include({ status: 'warn', value: 9 });
    expect(run(-10).params).to.deep.equal({ angle: 10 });
  });

  it('yaw or pitch beyond warn fails', () => {
    expect(run(-20)).to.include({ status: 'fail', key: 'check.face.pose.turned', value: 20 });
    expect(run(2, 17)).to.include({ status: 'fail', key: 'check.face.pose.turned', value: 17 });
  });

  it('a roll within its limit is left to the frame (it levels the face)', () => {
    expect(run(0, 0, 20)).to.include({ status: 'pass', key: 'check.face.pose.pass' });
  });

  it('a roll beyond its limit fails, signed, whatever the yaw', () => {
    const outcome = run(1, 0, -30);
    expect(outcome).to.include({ status: 'fail', key: 'check.face.pose.rolled' });
    expect(outcome.params).to.deep.equal({ angle: -30 });
  });
});
