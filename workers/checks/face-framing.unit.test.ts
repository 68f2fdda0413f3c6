import { expect } from 'chai';
import { faceFraming } from './face-framing';
import { face0, limitsWith, syntheticContext, syntheticMask, type Context } from './synthetic';

/** Head size (2T over the height), eyes centred, and first the head whole inside the photo. */
describe('face.framing (synthetic mesh and mask)', () => {
  const limits = limitsWith({
    'face.framing': { headMin: 0.71, headMax: 0.8, eyesMin: 0.45, eyesMax: 0.55 },
  });
  const run = (shape: Partial<typeof face0> = {}, overrides: Partial<Context> = {}) =>
    faceFraming.run(syntheticContext({ limits, ...overrides }, { ...face0, ...shape }));

  it('a head of 75 % of the height, eyes centred, passes, with its share and the limits', () => {
    const outcome = run();
    expect(outcome).to.include({ status: 'pass', key: 'check.face.framing.pass', value: 0.753 });
    expect(outcome.limits).to.deep.equal({ headMin: 0.71, headMax: 0.8, eyesMin: 0.45, eyesMax: 0.55 });
    expect(outcome.area).to.be.an('object');
  });

  it('a head too small or too large fails', () => {
    expect(run({ t: 150 })).to.include({ status: 'fail', key: 'check.face.framing.small', value: 0.565 });
    expect(run({ t: 230 })).to.include({ status: 'fail', key: 'check.face.framing.large', value: 0.866 });
  });

  it('eyes off-centre fail', () => {
    expect(run({ cx: 165 })).to.include({ status: 'fail', key: 'check.face.framing.off_centre' });
    expect(run({ cx: 250 })).to.include({ status: 'fail', key: 'check.face.framing.off_centre' });
  });

  it('a frame cramped against the photo edge fails with its own key, even when the head is right', () => {
    expect(run({}, { fit: 'cramped' })).to.include({ status: 'fail', key: 'check.face.framing.edge' });
    expect(run({}, { fit: 'moved' })).to.include({ status: 'pass' });
  });

  it('a crown (2T above the chin) past the photo top is a cut head', () => {
    expect(run({ eyesY: 150 })).to.include({ status: 'fail', key: 'check.face.framing.cut' });
  });

  it('hair touching the top edge where the photo ends there is a cut head', () => {
    const mask = syntheticMask(face0, -20);
    expect(run({}, { mask })).to.include({ status: 'fail', key: 'check.face.framing.cut', value: 0.753 });
  });

  it('the same hair is not a cut when the photo goes on above the output', () => {
    const mask = syntheticMask(face0, -20);
    expect(run({}, { mask, inSource: () => true })).to.include({ status: 'pass' });
  });

  it('a mask clear of the top edge is no cut', () => {
    expect(run({}, { mask: syntheticMask(face0) })).to.include({ status: 'pass' });
  });
});
