import { expect } from 'chai';
import { EngineError } from '../errors';
import { blobReader, headBytes } from './bytes';
import { readSize } from './header';
import { sniffFormat } from './sniff';

const fixture = async (path: string) => (await fetch(`/tests/fixtures/${path}`)).blob();
const bytesOf = (...parts: (number[] | Uint8Array | string)[]) =>
  new Uint8Array(
    parts.flatMap(part => (typeof part === 'string' ? [...part].map(c => c.charCodeAt(0)) : [...part])),
  );
const u16 = (n: number) => [n >> 8, n & 0xff];
const u32 = (n: number) => [n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const le16 = (n: number) => [n & 0xff, n >> 8];
const le32 = (n: number) => [...le16(n & 0xffff), ...le16(n >>> 16)];

async function readOf(file: Blob | Uint8Array<ArrayBuffer>) {
  const blob = file instanceof Blob ? file : new Blob([file]);
  const head = new Uint8Array(await blob.slice(0, headBytes).arrayBuffer());
  return readSize(sniffFormat(head), blobReader(blob, head));
}
/** The displayed size alone (`transposed` has its own test). */
async function sizeOf(file: Blob | Uint8Array<ArrayBuffer>) {
  const { width, height } = await readOf(file);
  return { width, height };
}
async function failure(file: Blob | Uint8Array<ArrayBuffer>): Promise<string> {
  try {
    return `no error: ${JSON.stringify(await sizeOf(file))}`;
  } catch (error) {
    return error instanceof EngineError ? error.code : String(error);
  }
}

// JPEG: SOI, then [marker, body] segments; a frame header says height then width.
const segment = (marker: number, body: number[] | Uint8Array) =>
  bytesOf([0xff, marker, ...u16(body.length + 2)], body);
const sof = (width: number, height: number) => segment(0xc0, [8, ...u16(height), ...u16(width), 3]);
const jpeg = (...segments: Uint8Array[]) =>
  bytesOf([0xff, 0xd8], ...segments, [0xff, 0xda, 0, 2, 0xff, 0xd9]);
/** A TIFF header with one IFD0 entry, Orientation, big- or little-endian. */
function tiff(orientation: number, little = false) {
  const [s, l] = little ? [le16, le32] : [u16, u32];
  const mark = little ? [0x49, 0x49] : [0x4d, 0x4d];
  return bytesOf(mark, s(42), l(8), s(1), s(0x0112), s(3), l(1), s(orientation), [0, 0], l(0));
}
const exif = (orientation: number, little = false) =>
  segment(0xe1, bytesOf('Exif\0\0', tiff(orientation, little)));

describe('readSize: pixel size from the header, displayed orientation', () => {
  it('reads JPEG frame headers, swapping width and height for EXIF orientations 5 to 8', async () => {
    expect(await sizeOf(jpeg(sof(4032, 3024)))).to.deep.equal({ width: 4032, height: 3024 });
    for (const orientation of [1, 2, 3, 4])
      expect(await sizeOf(jpeg(exif(orientation), sof(4032, 3024)))).to.deep.equal({
        width: 4032,
        height: 3024,
      });
    for (const orientation of [5, 6, 7, 8])
      expect(await sizeOf(jpeg(exif(orientation, true), sof(4032, 3024)))).to.deep.equal({
        width: 3024,
        height: 4032,
      });
  });

  it('applies EXIF found after the frame header, as Chrome reads every APP1 up to the scan', async () => {
    expect(await sizeOf(jpeg(sof(4032, 3024), exif(8)))).to.deep.equal({ width: 3024, height: 4032 });
  });

  it('says when the stored pixels are turned a quarter (orientations 5 to 8), for the decoder', async () => {
    for (const orientation of [1, 2, 3, 4, 5, 6, 7, 8])
      expect((await readOf(jpeg(exif(orientation), sof(40, 30)))).transposed, `${orientation}`).to.equal(
        orientation >= 5 ? true : undefined,
      );
  });

  it('reads the real orientation fixtures as the upright original (720 × 576)', async () => {
    for (const name of ['orient3', 'orient6', 'orient8', 'gps', 'cmyk'])
      expect(await sizeOf(await fixture(`formats/${name}.jpg`)), name).to.deep.equal({
        width: 720,
        height: 576,
      });
  });

  it('finds a JPEG frame header far behind the first 64 KB (big EXIF thumbnail, XMP, ICC)', async () => {
    const filler = (marker: number) => segment(marker, new Uint8Array(65_000).fill(0x20));
    const file = jpeg(exif(6), filler(0xe1), filler(0xe2), filler(0xe2), sof(6000, 4000));
    expect(file.length).to.be.greaterThan(2.5 * headBytes);
    expect(await sizeOf(file)).to.deep.equal({ width: 4000, height: 6000 });
  });

  it('skips fill bytes and stray bytes between JPEG segments, as libjpeg does', async () => {
    const file = jpeg(segment(0xe0, bytesOf('JFIF\0')), bytesOf([0, 0, 0x20, 0xff, 0xff]), sof(800, 600));
    expect(await sizeOf(file)).to.deep.equal({ width: 800, height: 600 });
  });

  it('ignores damaged EXIF rather than refusing the photo', async () => {
    const broken = segment(0xe1, bytesOf('Exif\0\0', [0x4d, 0x4d, 0, 42, ...u32(99_999)]));
    expect(await sizeOf(jpeg(broken, sof(800, 600)))).to.deep.equal({ width: 800, height: 600 });
  });

  it('calls a JPEG corrupt when its header is cut or has no frame header', async () => {
    expect(await failure(jpeg(segment(0xe0, bytesOf('JFIF\0'))))).to.equal('image.corrupt');
    expect(await failure(jpeg(sof(800, 600)).slice(0, 8))).to.equal('image.corrupt');
    expect(await failure(jpeg(sof(800, 0)))).to.equal('image.corrupt');
    expect(await failure((await fixture('photos/franck_02045.jpg')).slice(0, 100))).to.equal('image.corrupt');
  });

  it('applies the orientation of a PNG eXIf chunk found before the image data', async () => {
    const chunk = (type: string, body: Uint8Array | number[]) =>
      bytesOf(u32(body.length), type, body, u32(0));
    const png = (...chunks: Uint8Array[]) =>
      bytesOf([0x89], 'PNG\r\n\x1a\n', chunk('IHDR', [...u32(1200), ...u32(1600), 8, 6, 0, 0, 0]), ...chunks);
    const text = chunk('tEXt', bytesOf('Comment\0hello'));
    const idat = chunk('IDAT', [0x78, 0x01]);
    expect(await sizeOf(png(text, chunk('eXIf', tiff(6)), idat))).to.deep.equal({
      width: 1600,
      height: 1200,
    });
    expect(await sizeOf(png(chunk('eXIf', tiff(3, true)), idat))).to.deep.equal({
      width: 1200,
      height: 1600,
    });
    expect(await sizeOf(png(text, idat, chunk('eXIf', tiff(6))))).to.deep.equal({
      width: 1200,
      height: 1600,
    });
  });

  it('reads PNG, GIF and BMP headers', async () => {
    const png = bytesOf([0x89], 'PNG\r\n\x1a\n', u32(13), 'IHDR', u32(1200), u32(1600), [8, 6, 0, 0, 0]);
    expect(await sizeOf(png)).to.deep.equal({ width: 1200, height: 1600 });
    expect(await failure(png.slice(0, 20))).to.equal('image.corrupt');
    expect(await sizeOf(bytesOf('GIF89a', le16(640), le16(480), [0, 0, 0]))).to.deep.equal({
      width: 640,
      height: 480,
    });
    const bmp = bytesOf('BM', le32(0), le32(0), le32(54), le32(40), le32(1024), le32(-768 >>> 0), le16(1));
    expect(await sizeOf(bmp)).to.deep.equal({ width: 1024, height: 768 }); // negative height: rows top-down
    const os2 = bytesOf('BM', le32(0), le32(0), le32(26), le32(12), le16(320), le16(240), le16(1), le16(24));
    expect(await sizeOf(os2)).to.deep.equal({ width: 320, height: 240 });
    for (const [name, size] of [
      ['formats/alpha.png', [400, 320]],
      ['formats/deep16.png', [400, 320]],
      ['formats/animated.gif', [360, 288]],
    ] as const)
      expect(await sizeOf(await fixture(name)), name).to.deep.equal({ width: size[0], height: size[1] });
  });

  it('reads the three kinds of WebP header', async () => {
    const riff = (chunk: string, body: number[]) =>
      bytesOf('RIFF', le32(4 + 8 + body.length), 'WEBP', chunk, le32(body.length), body);
    const lossy = riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, ...le16(1920 | 0x4000), ...le16(1080), 0, 0]);
    expect(await sizeOf(lossy)).to.deep.equal({ width: 1920, height: 1080 });
    const bits = (1920 - 1) | ((1080 - 1) << 14);
    expect(await sizeOf(riff('VP8L', [0x2f, ...le32(bits), 0]))).to.deep.equal({ width: 1920, height: 1080 });
    const extended = riff('VP8X', [0x02, 0, 0, 0, ...le32(9999).slice(0, 3), ...le32(7999).slice(0, 3)]);
    expect(await sizeOf(extended)).to.deep.equal({ width: 10_000, height: 8000 });
    expect(await sizeOf(await fixture('formats/webp.webp'))).to.deep.equal({ width: 720, height: 576 });
    expect(await failure(riff('VP8 ', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).to.equal('image.corrupt');
  });
});
