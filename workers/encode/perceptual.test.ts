import { expect } from 'chai';
import { blur } from './gauss';
import { decoded } from './encode';
import { prepare, ssimulacra2 } from './perceptual';
import { samplePhoto } from './sample';

const pixels = (c: OffscreenCanvas) => c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
const jpeg = async (canvas: OffscreenCanvas, quality: number) =>
  decoded(await canvas.convertToBlob({ type: 'image/jpeg', quality }), canvas.width, canvas.height);

describe('SSIMULACRA 2.1', () => {
  it('blurs with a Gaussian of unit gain that reads zero outside the image', () => {
    const [w, h] = [40, 30];
    const out = new Float32Array(w * h);
    blur(new Float32Array(w * h).fill(1), w, h, out);
    expect(out[15 * w + 20]).to.be.closeTo(1, 1e-4);
    expect(out[0]).to.be.within(0.2, 0.4); // a corner sees about a quarter of its window
  });

  it('scores an identical image 100 and a JPEG lower the lower its quality', async () => {
    const canvas = await samplePhoto();
    const reference = prepare(pixels(canvas));
    expect(ssimulacra2(reference, pixels(canvas))).to.equal(100);
    const scores = [];
    for (const quality of [0.3, 0.6, 0.8, 0.9, 0.95])
      scores.push(ssimulacra2(reference, await jpeg(canvas, quality)));
    expect(scores, scores.join(' ')).to.deep.equal([...scores].sort((a, b) => a - b));
    expect(scores[0]).to.be.within(40, 70);
    expect(scores[4]).to.be.within(88, 96);
  });

  it('agrees with libjxl’s ssimulacra2 on a real photo', async () => {
    // A 128 × 128 crop of tests/fixtures/real/img1.jpg at 413 × 531, and of its JPEGs (ImageMagick, 4:2:0, q 50 and
    // q 90) decoded to PNG: libjxl's ssimulacra2 (its 2.1 code on libjxl's own XYB and blur) gives 76.357 and 87.780.
    // The port computes the blurs in double precision where libjxl uses float32, and reads a little higher near the
    // top (0.1 to 0.7 from q 0.90 to 0.95 on the 68 photos).
    const png = async (name: string) => {
      const bitmap = await createImageBitmap(await (await fetch(`/workers/encode/testdata/${name}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
      return pixels(canvas);
    };
    const reference = prepare(await png('img1.png'));
    expect(ssimulacra2(reference, await png('img1-q50.png'))).to.be.closeTo(76.357, 0.1);
    expect(ssimulacra2(reference, await png('img1-q90.png'))).to.be.closeTo(87.78, 0.4);
  });

  it('sees colour: stripes of two hues of one luma against flat grey score low', () => {
    const [w, h] = [64, 64];
    const image = (stripes: boolean) => {
      const data = new Uint8ClampedArray(w * h * 4);
      for (let i = 0; i < w * h; i++) {
        const red = (i % w) % 8 < 4;
        data.set(stripes ? (red ? [200, 100, 100, 255] : [100, 145, 100, 255]) : [128, 128, 128, 255], 4 * i);
      }
      return new ImageData(data, w, h);
    };
    // BT.601 luma: 130.9 and 126.4 against 128, a luma-only metric would see almost nothing.
    expect(ssimulacra2(prepare(image(true)), image(false))).to.be.below(50);
  });
});
