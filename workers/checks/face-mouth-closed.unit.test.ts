import { expect } from 'chai';
import { faceMouthClosed } from './face-mouth-closed';
import { face0, limitsWith, syntheticContext } from './synthetic';

/** Widest inner-lip gap over T, against explicit limits (lower is better). */
describe('face.mouth_closed (synthetic mesh)', () => {
  const limits = limitsWith({ 'face.mouth_closed': { pass: 0.03, fail: 0.05 } });
  const run = (lipGap: number, t = face0.t) =>
    faceMouthClosed.run(syntheticContext({ limits }, { ...face0, lipGap, t }));

  it('a closed mouth passes, with the gap and the limits reported', () => {
    const outcome = run(0);
    expect(outcome).to.include({ status: 'pass', key: 'check.face.mouth_closed.pass', value: 0 });
    expect(outcome.limits).to.deep.equal({ pass: 0.03, fail: 0.05 });
    expect(run(0.015)).to.include({ status: 'pass', value: 0.015 });
  });

  it('a parted mouth warns, an open one fails', () => {
    expect(run(0.04)).to.include({ status: 'warn', key: 'check.face.mouth_closed.open', value: 0.04 });
    expect(run(0.08)).to.include({ status: 'fail', key: 'check.face.mouth_closed.open', value: 0.08 });
  });

  it('is a share of T: the same face smaller gives the same value', () => {
    expect(run(0.04, 120).value).to.equal(0.04);
  });

  it('points at the mouth', () => {
    const area = run(0.04).area as { y: number; height: number };
    const mouthY = face0.eyesY + 0.6 * face0.t;
    expect(area.y).to.be.below(mouthY);
    expect(area.y + area.height).to.be.above(mouthY);
  });
});
