import { expect } from 'chai';
import { fitCap } from './cap';
import { decoded, encode, visuallyLossless } from './encode';
import { prepare, ssimulacra2 } from './perceptual';
import { samplePhoto } from './sample';

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

/** The score of `canvas` encoded at `quality`, decoded, against the canvas. */
async function scoreAt(canvas: OffscreenCanvas, quality: number): Promise<number> {
  const { width, height } = canvas;
  const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality });
  return ssimulacra2(
    prepare(canvas.getContext('2d')!.getImageData(0, 0, width, height)),
    await decoded(jpeg, width, height),
  );
}

describe('encode: the lowest visually lossless quality under a byte cap', () => {
  it('gives a photo the lowest quality that still looks the same, under the cap', async () => {
    const canvas = await samplePhoto();
    const spec = { maxBytes: 60_000, minQuality: 0.75 };
    const result = await encode(canvas, spec);
    const capped = await fitCap(canvas, spec);
    expect(result.fits).to.equal(true);
    expect(result.blob.size).to.be.at.most(60_000);
    expect(result.score).to.be.at.least(visuallyLossless);
    expect(await scoreAt(canvas, result.quality), 'the score it reports').to.be.closeTo(result.score!, 1e-9);
    // The lowest: one percent less no longer looks the same. And fewer bytes than the highest quality that fits.
    expect(result.quality).to.be.within(0.76, capped.quality);
    expect(await scoreAt(canvas, result.quality - 0.01)).to.be.below(visuallyLossless);
    expect(result.blob.size).to.be.below(capped.blob.size);
  });

  it('gives an image that cannot look the same under the cap the highest quality that fits', async () => {
    const canvas = noisy(60);
    const spec = { maxBytes: 60_000, minQuality: 0.5 };
    const result = await encode(canvas, spec);
    const capped = await fitCap(canvas, spec);
    expect(result.score).to.be.below(visuallyLossless);
    expect(result).to.include({ fits: true, quality: capped.quality });
    expect(result.blob.size)
      .to.equal(capped.blob.size)
      .and.be.at.least(0.9 * 60_000)
      .and.at.most(60_000);
  });

  it('never goes under the minimum quality, even when less would look the same', async () => {
    // A flat image looks the same at any quality.
    const result = await encode(noisy(0), { maxBytes: 60_000, minQuality: 0.75 });
    expect(result).to.include({ fits: true, quality: 0.75 });
    expect(result.score).to.be.at.least(visuallyLossless);
  });

  it('needs few encodes on a real photo, for any cap, and never goes over it', async () => {
    const canvas = await samplePhoto();
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
    // The byte search takes two to four; the search down two or three more where the cap leaves room.
    expect(Math.max(...counts), counts.join(' ')).to.be.at.most(7);
    expect(counts.reduce((a, b) => a + b) / counts.length, counts.join(' ')).to.be.at.most(5);
  });

  it('says when even the minimum quality does not fit', async () => {
    const result = await encode(noisy(255), { maxBytes: 20_000, minQuality: 0.75 });
    expect(result.fits).to.equal(false);
    expect(result.blob.size).to.be.above(20_000);
  });
});
