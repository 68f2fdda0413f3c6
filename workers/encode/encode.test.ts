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

  it('needs few encodes on a real photo, for any cap, and never goes over it', async () => {
    const photo = await createImageBitmap(
      await (await fetch('/tests/fixtures/photos/franck_02045.jpg')).blob(),
    );
    const canvas = new OffscreenCanvas(413, 531);
    canvas.getContext('2d')!.drawImage(photo, 150, 0, 448, 576, 0, 0, 413, 531);
    let encodes = 0;
    const convert = canvas.convertToBlob.bind(canvas);
    canvas.convertToBlob = options => (encodes++, convert(options));
    const counts: number[] = [];
    for (const maxBytes of [20_000, 30_000, 45_000, 60_000]) {
      encodes = 0;
      const result = await encode(canvas, { maxBytes, minQuality: 0.5 });
      expect(result.blob.size, `${maxBytes}`).to.be.at.most(maxBytes);
      counts.push(encodes);
    }
    // A bisection over the 46 whole percents from 0.5 to 0.95 takes 6 or 7 encodes.
    expect(Math.max(...counts), counts.join(' ')).to.be.at.most(4);
    expect(counts.reduce((a, b) => a + b) / counts.length, counts.join(' ')).to.be.at.most(3);
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
