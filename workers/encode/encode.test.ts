import { expect } from 'chai';
import { encode } from './encode';

/** Noise compresses badly: the amount sets how hard the cap is to meet. */
function noisy(amount: number): OffscreenCanvas {
  const canvas = new OffscreenCanvas(413, 531);
  const context = canvas.getContext('2d')!;
  const pixels = context.createImageData(413, 531);
  for (let i = 0; i < pixels.data.length; i += 4) {
    const v = 128 + (Math.random() - 0.5) * amount;
    pixels.data.set([v, v * 0.9, v * 0.8, 255], i);
  }
  context.putImageData(pixels, 0, 0);
  return canvas;
}

describe('encode under a byte cap', () => {
  it('lands close under the cap, with a quality between the bounds', async () => {
    const result = await encode(noisy(60), { maxBytes: 60_000, minQuality: 0.5 });
    expect(result.fits).to.equal(true);
    expect(result.blob.size)
      .to.be.at.most(60_000)
      .and.at.least(0.9 * 60_000);
    expect(result.quality).to.be.within(0.5, 0.95);
  });

  it('takes the top quality when it already fits', async () => {
    const result = await encode(noisy(0), { maxBytes: 60_000, minQuality: 0.75 });
    expect(result).to.include({ fits: true, quality: 0.95 });
  });

  it('says when even the minimum quality does not fit', async () => {
    const result = await encode(noisy(255), { maxBytes: 20_000, minQuality: 0.75 });
    expect(result.fits).to.equal(false);
    expect(result.blob.size).to.be.above(20_000);
  });
});
