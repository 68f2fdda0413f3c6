import { expect } from 'chai';
import { imageColour } from './image-colour';
import { grey, limitsWith, picture, portrait, spec, syntheticContext } from './synthetic';

/** Mean YCbCr chroma of the whole output: under the limit, a greyscale photo. */
describe('image.colour (synthetic pixels)', () => {
  const limits = limitsWith({ 'image.colour': { grey: 2 } });
  const greyscale = portrait(
    undefined,
    () => grey(170),
    () => grey(225),
  );
  const run = (pixels: { output: OffscreenCanvas; pixels: ImageData }, colourRequired = true) =>
    imageColour.run(syntheticContext({ limits, spec: { ...spec, colourRequired }, ...pixels }));

  it('a colour portrait passes, with its chroma and the limit', () => {
    const outcome = run(portrait());
    expect(outcome).to.include({ status: 'pass', key: 'check.image.colour.pass' });
    expect(outcome.value).to.be.above(10);
    expect(outcome.limits).to.deep.equal({ grey: 2 });
  });

  it('a greyscale portrait fails where colour is required, warns elsewhere', () => {
    expect(run(greyscale)).to.include({ status: 'fail', key: 'check.image.colour.grey', value: 0 });
    expect(run(greyscale, false)).to.include({ status: 'warn', key: 'check.image.colour.grey', value: 0 });
  });

  it('a faint tint, below the limit, still reads as grey', () => {
    const sepia = picture(() => [171, 170, 168]);
    expect(run(sepia).value).to.be.within(0.5, 2);
    expect(run(sepia)).to.include({ status: 'fail' });
  });
});
