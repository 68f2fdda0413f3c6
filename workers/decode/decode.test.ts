import { expect } from 'chai';
import { EngineError } from '../errors';
import { guard } from '../sniff/guard';
import { cropMapping } from './crop-mapping';
import { decode, fitting, maxBitmapPixels } from './decode';
import { exifSegment } from './oriented-jpeg';

const fixture = async (path: string) => (await fetch(`/tests/fixtures/${path}`)).blob();
const decodeFile = async (file: Blob) => decode(file, await guard(file, 'fr'));

/** The bitmap shrunk to 72 × 58 RGBA: enough to compare pictures, small enough to ignore codec noise. */
function thumbnail(bitmap: ImageBitmap): Uint8ClampedArray {
  const canvas = new OffscreenCanvas(72, 58);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0, 72, 58);
  return context.getImageData(0, 0, 72, 58).data;
}
const meanDifference = (a: Uint8ClampedArray, b: Uint8ClampedArray) =>
  a.reduce((sum, value, i) => sum + Math.abs(value - b[i]!), 0) / a.length;
function colourAt(bitmap: ImageBitmap, x: number, y: number): number[] {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return [...context.getImageData(x, y, 1, 1).data.subarray(0, 3)];
}

/** A JPEG of `width` × `height`, top half red and bottom half blue, with EXIF Orientation `orientation`. */
async function halves(width: number, height: number, orientation: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#f00';
  context.fillRect(0, 0, width, height / 2);
  context.fillStyle = '#00f';
  context.fillRect(0, height / 2, width, height / 2);
  const jpeg = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg' })).arrayBuffer());
  return new Blob([jpeg.subarray(0, 2), exifSegment(orientation), jpeg.subarray(2)], { type: 'image/jpeg' });
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Uint8Array) =>
  (bytes.reduce((c, byte) => crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

/** `upright` stored a quarter turn back as a PNG, with an eXIf chunk saying "turn 90° clockwise" (orientation 6). */
async function turnedPng(upright: ImageBitmap): Promise<Blob> {
  const stored = new OffscreenCanvas(upright.height, upright.width);
  const context = stored.getContext('2d')!;
  context.translate(0, upright.width);
  context.rotate(-Math.PI / 2);
  context.drawImage(upright, 0, 0);
  const png = new Uint8Array(await (await stored.convertToBlob({ type: 'image/png' })).arrayBuffer());
  const data = new Uint8Array(
    [...'eXIfMM']
      .map(c => c.charCodeAt(0))
      .concat([0, 42, 0, 0, 0, 8, 0, 1, 1, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0]),
  );
  const chunk = new Uint8Array(12 + data.length - 4);
  new DataView(chunk.buffer).setUint32(0, data.length - 4);
  chunk.set(data, 4);
  new DataView(chunk.buffer).setUint32(8 + data.length - 4, crc32(data));
  const afterHeader = 8 + 25; // signature, then the IHDR chunk (length, type, 13 bytes, CRC)
  return new Blob([png.subarray(0, afterHeader), chunk, png.subarray(afterHeader)], { type: 'image/png' });
}

const isRed = ([r, g, b]: number[]) => r! > 200 && g! < 60 && b! < 60;
const isBlue = ([r, g, b]: number[]) => b! > 200 && r! < 60 && g! < 60;

describe('decode', () => {
  it('gives JPEGs with EXIF orientation 3, 6 and 8 upright, like the original', async () => {
    const original = thumbnail(await decodeFile(await fixture('photos/franck_02045.jpg')));
    for (const orientation of [3, 6, 8]) {
      const bitmap = await decodeFile(await fixture(`formats/orient${orientation}.jpg`));
      expect([bitmap.width, bitmap.height], `orient${orientation}`).to.deep.equal([720, 576]);
      expect(meanDifference(thumbnail(bitmap), original), `orient${orientation}`).to.be.below(4);
    }
  });

  it('crops the same region of a turned photo as of the upright original, wherever it lies', async () => {
    const upright = await fixture('photos/franck_02045.jpg');
    const uprightInfo = await guard(upright, 'fr');
    const regions = [
      { x: 183, y: 10, width: 400, height: 514, scale: 0.5 },
      { x: 0, y: 200, width: 300, height: 376, scale: 1 },
      { x: 500, y: 0, width: 220, height: 280, scale: 0.8 },
    ];
    for (const orientation of [3, 6, 8]) {
      const file = await fixture(`formats/orient${orientation}.jpg`);
      const info = await guard(file, 'fr');
      for (const region of regions) {
        const expected = thumbnail(await decode(upright, uprightInfo, region));
        const got = await decode(file, info, region);
        expect(
          meanDifference(thumbnail(got), expected),
          `orient${orientation} ${region.x},${region.y}`,
        ).to.be.below(4);
      }
    }
  });

  it('crops turned PNGs right too, by the slower way that needs no measured mapping', async () => {
    const upright = await fixture('photos/franck_02045.jpg');
    const uprightInfo = await guard(upright, 'fr');
    const file = await turnedPng(await createImageBitmap(upright));
    const info = await guard(file, 'fr');
    expect(info).to.include({ format: 'png', width: 720, height: 576, transposed: true });
    const region = { x: 183, y: 10, width: 400, height: 514, scale: 0.5 };
    const expected = thumbnail(await decode(upright, uprightInfo, region));
    expect(meanDifference(thumbnail(await decode(file, info, region)), expected)).to.be.below(4);
  });

  it('knows how this browser crops oriented photos of either shape (a measured answer, not a guess)', async () => {
    for (let orientation = 2; orientation <= 8; orientation++)
      for (const landscape of [true, false])
        expect(await cropMapping(orientation, landscape), `${orientation} ${landscape}`).to.be.oneOf([
          'displayed',
          'reflected',
        ]);
  });

  it('keeps the cap and the aspect ratio when it scales during the decode', () => {
    expect(fitting({ width: 4096, height: 4096 })).to.deep.equal({});
    for (const [width, height] of [
      [6000, 4000],
      [5712, 4284],
      [8064, 6048],
      [20_000, 1000],
    ] as const) {
      const { resizeWidth = 0, resizeHeight = 0 } = fitting({ width, height });
      expect(resizeWidth * resizeHeight, `${width} × ${height}`)
        .to.be.at.most(maxBitmapPixels)
        .and.above(0.99 * maxBitmapPixels);
      expect(resizeWidth / resizeHeight).to.be.closeTo(width / height, (2 * width) / height / resizeHeight);
    }
  });

  it('decodes a 24 MP photo under the 16.7 MP cap, upright: Chrome scales the oriented image', async function () {
    this.timeout(20_000);
    const stored = await halves(6000, 4000, 6); // turned a quarter clockwise when shown: 4000 × 6000
    const bitmap = await decodeFile(stored);
    expect(bitmap.width * bitmap.height).to.be.at.most(maxBitmapPixels);
    expect(bitmap.height / bitmap.width).to.be.closeTo(1.5, 0.01);
    // The stored top (red) is on the right once turned clockwise, the bottom (blue) on the left.
    expect(colourAt(bitmap, bitmap.width * 0.75, bitmap.height / 2)).to.satisfy(isRed);
    expect(colourAt(bitmap, bitmap.width * 0.25, bitmap.height / 2)).to.satisfy(isBlue);
  });

  it('gives the first frame of an animated GIF', async () => {
    const bitmap = await decodeFile(await fixture('generated/animated-400x320.gif'));
    expect([bitmap.width, bitmap.height]).to.deep.equal([400, 320]);
    expect(colourAt(bitmap, 200, 160)).to.satisfy(isRed); // the second frame is blue
  });

  it('gives the first frame of an animated WebP', async () => {
    const bitmap = await decodeFile(await animatedWebp(['#f00', '#00f']));
    expect([bitmap.width, bitmap.height]).to.deep.equal([400, 320]);
    expect(colourAt(bitmap, 200, 160)).to.satisfy(isRed);
  });

  it('decodes a CMYK JPEG to normal colours', async () => {
    const original = thumbnail(await decodeFile(await fixture('photos/franck_02045.jpg')));
    const cmyk = await decodeFile(await fixture('formats/cmyk.jpg'));
    expect(meanDifference(thumbnail(cmyk), original)).to.be.below(8);
  });

  it('decodes a HEIC (lazy libheif) like its JPEG original', async function () {
    this.timeout(20_000);
    const original = thumbnail(await decodeFile(await fixture('photos/franck_02045.jpg')));
    const heic = await decodeFile(await fixture('formats/franck.heic'));
    expect([heic.width, heic.height]).to.deep.equal([720, 576]);
    expect(meanDifference(thumbnail(heic), original)).to.be.below(8);
  });

  it('calls a file whose image data is cut or scrambled corrupt', async () => {
    const photo = await fixture('photos/franck_02045.jpg');
    const scrambled = new Blob([photo.slice(0, 700), new Uint8Array(20_000).map((_, i) => (i * 7919) % 251)]);
    for (const file of [photo.slice(0, photo.size / 2), scrambled]) {
      const error = await decodeFile(file).then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).to.be.instanceOf(EngineError).and.have.property('code', 'image.corrupt');
    }
  });
});

/** An animated WebP (VP8X + ANIM + one ANMF per colour) built from frames the browser encodes. */
async function animatedWebp(colours: string[], width = 400, height = 320): Promise<Blob> {
  const le = (n: number, bytes: number) => Array.from({ length: bytes }, (_, i) => (n >> (8 * i)) & 0xff);
  const chunk = (type: string, body: number[]) => [
    ...[...type].map(c => c.charCodeAt(0)),
    ...le(body.length, 4),
    ...body,
    ...(body.length % 2 ? [0] : []),
  ];
  const frames: number[] = [];
  for (const colour of colours) {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d')!;
    context.fillStyle = colour;
    context.fillRect(0, 0, width, height);
    const webp = new Uint8Array(
      await (await canvas.convertToBlob({ type: 'image/webp', quality: 0.9 })).arrayBuffer(),
    );
    const bitstream = imageChunks(webp);
    frames.push(
      ...chunk('ANMF', [
        ...le(0, 3),
        ...le(0, 3),
        ...le(width - 1, 3),
        ...le(height - 1, 3),
        ...le(500, 3),
        0,
        ...bitstream,
      ]),
    );
  }
  const header = chunk('VP8X', [0x02, 0, 0, 0, ...le(width - 1, 3), ...le(height - 1, 3)]); // 0x02: animation
  const body = [...'WEBP']
    .map(c => c.charCodeAt(0))
    .concat(header, chunk('ANIM', [255, 255, 255, 255, 0, 0]), frames);
  return new Blob([
    new Uint8Array([...[...'RIFF'].map(c => c.charCodeAt(0)), ...le(body.length, 4), ...body]),
  ]);
}

/** The chunks that hold a WebP's pixels (ALPH, VP8, VP8L), without the file's own VP8X and ICCP. */
function imageChunks(webp: Uint8Array): number[] {
  const view = new DataView(webp.buffer, webp.byteOffset, webp.byteLength);
  const kept: number[] = [];
  for (let at = 12; at + 8 <= webp.length;) {
    const end = at + 8 + view.getUint32(at + 4, true);
    const type = String.fromCharCode(...webp.subarray(at, at + 4));
    if (['ALPH', 'VP8 ', 'VP8L'].includes(type)) kept.push(...webp.subarray(at, end + (end % 2)));
    at = end + (end % 2);
  }
  return kept;
}
