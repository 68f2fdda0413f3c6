import { expect } from 'chai';
import type { ErrorCode } from '../shared/engine';
import { profiles } from '../shared/profiles';
import { makeEngine, type PhotoResult } from './bridge';

// Every file a person might pick, good or bad, through the whole engine in its worker: each one gets its defined
// answer within 10 s. Small bad files are committed in tests/fixtures/generated (tests/corpus/generate.mjs); big
// or trivial ones are made here.
const spec = profiles.find(p => p.id === 'demo')!.photo;
const answerMs = 10_000;
const fixture = async (path: string) => (await fetch(`/tests/fixtures/${path}`)).blob();

/** The output shrunk to 41 × 53 RGBA (the output's aspect): enough to compare pictures, deaf to codec noise. */
async function thumbnail(result: PhotoResult): Promise<Uint8ClampedArray> {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  const bitmap = await createImageBitmap(result.output!.blob);
  const context = new OffscreenCanvas(41, 53).getContext('2d')!;
  context.drawImage(bitmap, 0, 0, 41, 53);
  return context.getImageData(0, 0, 41, 53).data;
}
const meanDifference = (a: Uint8ClampedArray, b: Uint8ClampedArray) =>
  a.reduce((sum, value, i) => sum + Math.abs(value - b[i]!), 0) / a.length;
const blend = (pixels: Uint8ClampedArray, alpha: number, background: number) =>
  pixels.map((value, i) => (i % 4 === 3 ? 255 : value * alpha + background * (1 - alpha)));

/** The same JPEG with its EXIF Orientation value replaced (the fixtures are big-endian, tag 0x0112 type SHORT). */
async function withOrientation(file: Blob, orientation: number): Promise<Blob> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const tag = bytes.findIndex((_, i) => bytes[i] === 0x01 && bytes[i + 1] === 0x12 && bytes[i + 3] === 3);
  expect(tag, 'orientation tag').to.be.above(0);
  bytes[tag + 9] = orientation;
  return new Blob([bytes]);
}

async function canvasImage(
  width: number,
  height: number,
  type: string,
  paint = (_: OffscreenCanvasRenderingContext2D) => {},
) {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#7a6250';
  context.fillRect(0, 0, width, height);
  paint(context);
  return canvas.convertToBlob({ type });
}

/** JPEG segment markers before the image data. */
function markers(bytes: Uint8Array): number[] {
  const found: number[] = [];
  for (
    let at = 2;
    at < bytes.length && bytes[at] === 0xff;
    at += 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!)
  ) {
    found.push(bytes[at + 1]!);
    if (bytes[at + 1] === 0xda) break;
  }
  return found;
}
const contains = (bytes: Uint8Array, text: string) => new TextDecoder('latin1').decode(bytes).includes(text);

describe('corpus: every file gets its answer', function () {
  this.timeout(answerMs);
  const engine = makeEngine({ timeoutMs: answerMs });
  after(() => engine.terminate());
  let original: Uint8ClampedArray;
  before(async function () {
    this.timeout(30_000); // the first call starts the worker
    original = await thumbnail(await engine.process(await fixture('photos/franck_02045.jpg'), spec));
  });

  const refusals: [string, () => Promise<Blob>, ErrorCode, RegExp][] = [
    ['a zero-byte file', async () => new Blob([], { type: 'image/jpeg' }), 'file.empty', /vide/],
    [
      'a JPEG cut in the middle of its image data',
      async () => (await fixture('photos/franck_02045.jpg')).slice(0, 14_000),
      'image.corrupt',
      /abîmée/,
    ],
    [
      'a JPEG cut before its frame header',
      async () => (await fixture('photos/franck_02045.jpg')).slice(0, 100),
      'image.corrupt',
      /abîmée/,
    ],
    [
      'a text file renamed .jpg',
      async () => new Blob([await fixture('generated/text.jpg')], { type: 'image/jpeg' }),
      'format.unsupported',
      /format texte/,
    ],
    ['a TIFF', () => fixture('formats/photo.tiff'), 'format.unsupported', /format TIFF/],
    ['a PDF', () => fixture('generated/minimal.pdf'), 'format.unsupported', /format PDF/],
    [
      'a PNG whose header claims 60 000 × 60 000',
      () => fixture('generated/ihdr-60000.png'),
      'image.too_many_pixels',
      /3600 mégapixels/,
    ],
    [
      'a JPEG whose frame header claims 65 000 × 65 000',
      () => fixture('generated/sof-65000.jpg'),
      'image.too_many_pixels',
      /4225 mégapixels/,
    ],
    ['a 300 × 200 image', () => canvasImage(300, 200, 'image/jpeg'), 'image.too_small', /300 × 200/],
    [
      'the 360 × 288 animated GIF fixture (too small, not unreadable)',
      () => fixture('formats/animated.gif'),
      'image.too_small',
      /360 × 288/,
    ],
    [
      'a 41 MB file',
      async () => new Blob([await fixture('photos/franck_02045.jpg'), new Uint8Array(41 * 2 ** 20)]),
      'file.too_large',
      /43\u202fMo/,
    ],
  ];
  for (const [name, make, code, message] of refusals)
    it(`${name} → ${code}`, async () => {
      const result = await engine.process(await make(), spec);
      expect(result).to.have.nested.property('error.code', code);
      if (!result.ok) expect(result.error.message).to.match(message);
    });

  it('an SVG with a script → format.unsupported, and the script never runs', async () => {
    const result = await engine.process(await fixture('generated/script.svg'), spec);
    expect(result).to.have.nested.property('error.code', 'format.unsupported');
    if (!result.ok) expect(result.error.message).to.match(/format SVG/);
    expect((globalThis as { svgScriptRan?: boolean }).svgScriptRan).to.equal(undefined);
  });

  it('an animated GIF → ok, made from its first frame (red, not blue)', async () => {
    const pixels = await thumbnail(
      await engine.process(await fixture('generated/animated-400x320.gif'), spec),
    );
    const [r, g, b] = pixels.subarray(4 * (26 * 41 + 20), 4 * (26 * 41 + 20) + 3);
    expect([r, g, b]).to.satisfy(([r, g, b]: number[]) => r! > 200 && g! < 60 && b! < 60);
  });

  const sameAsOriginal: [string, string, number][] = [
    ['a CMYK JPEG', 'formats/cmyk.jpg', 5],
    ['a 16-bit PNG', 'formats/deep16.png', 5],
    ['a WebP', 'formats/webp.webp', 5],
    ['a HEIC (lazy libheif)', 'formats/franck.heic', 8],
  ];
  for (const [name, path, tolerance] of sameAsOriginal)
    it(`${name} → ok, with the colours of the RGB original`, async () => {
      const pixels = await thumbnail(await engine.process(await fixture(path), spec));
      expect(meanDifference(pixels, original)).to.be.below(tolerance);
    });

  it('a PNG with 60 % opacity → ok, blended on white (not black)', async () => {
    const pixels = await thumbnail(await engine.process(await fixture('formats/alpha.png'), spec));
    const onWhite = meanDifference(pixels, blend(original, 0.6, 255));
    expect(onWhite).to.be.below(5);
    expect(meanDifference(pixels, blend(original, 0.6, 0))).to.be.above(5 * onWhite);
  });

  it('a PNG with fully transparent areas → those come out white', async () => {
    const halfClear = await canvasImage(600, 800, 'image/png', context => context.clearRect(0, 0, 600, 400));
    const pixels = await thumbnail(await engine.process(halfClear, spec));
    expect([...pixels.subarray(4 * (5 * 41 + 20), 4 * (5 * 41 + 20) + 3)]).to.satisfy((rgb: number[]) =>
      rgb.every(v => v > 245),
    );
    expect([...pixels.subarray(4 * (48 * 41 + 20), 4 * (48 * 41 + 20) + 3)]).to.satisfy((rgb: number[]) =>
      rgb.every(v => v < 140),
    );
  });

  for (const orientation of [3, 6, 8])
    it(`a JPEG with EXIF orientation ${orientation} → upright, like the original`, async () => {
      const file = await fixture(`formats/orient${orientation}.jpg`);
      const upright = meanDifference(await thumbnail(await engine.process(file, spec)), original);
      // The same pixels with the orientation removed are what a pipeline that ignored it would make.
      const ignored = meanDifference(
        await thumbnail(await engine.process(await withOrientation(file, 1), spec)),
        original,
      );
      expect(upright).to.be.below(3);
      expect(ignored).to.be.above(20);
    });

  it('a JPEG with GPS → an output without APP1, EXIF, XMP or GPS', async () => {
    const source = new Uint8Array(await (await fixture('formats/gps.jpg')).arrayBuffer());
    expect(contains(source, 'GPS') || markers(source).includes(0xe1), 'the fixture carries EXIF').to.equal(
      true,
    );
    const result = await engine.process(await fixture('formats/gps.jpg'), spec);
    if (!result.ok) throw new Error(result.error.message);
    const output = new Uint8Array(await result.output!.blob.arrayBuffer());
    expect(markers(output)).not.to.include(0xe1);
    for (const text of ['Exif', 'GPS', 'http://ns.adobe.com/xap', 'TestCam'])
      expect(contains(output, text), text).to.equal(false);
  });

  it('after the whole corpus, the same engine still makes a good photo', async () => {
    const result = await engine.process(await fixture('photos/franck_02159.jpg'), spec);
    expect(result).to.include({ ok: true });
  });
});
