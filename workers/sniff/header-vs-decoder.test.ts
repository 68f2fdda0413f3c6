import { expect } from 'chai';
import { blobReader, headBytes } from './bytes';
import { readSize } from './header';
import { sniffFormat } from './sniff';

const fixture = async (path: string) => (await fetch(`/tests/fixtures/${path}`)).blob();
const u32 = (n: number) => [n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const le = (n: number, bytes: number) => Array.from({ length: bytes }, (_, i) => (n >> (8 * i)) & 0xff);

const crcTable = Array.from({ length: 256 }, (_, n) => {
  for (let k = 0; k < 8; k++) n = n & 1 ? 0xedb88320 ^ (n >>> 1) : n >>> 1;
  return n >>> 0;
});
const crc32 = (bytes: number[]) =>
  (bytes.reduce((c, b) => crcTable[(c ^ b) & 0xff]! ^ (c >>> 8), ~0) ^ ~0) >>> 0;

/** A browser-made 400 × 300 PNG with an eXIf chunk (Orientation 6) after IHDR, CRC and all. */
async function pngWithExif(): Promise<Blob> {
  const canvas = new OffscreenCanvas(400, 300);
  canvas.getContext('2d')!.fillRect(0, 0, 400, 300);
  const png = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
  const tiff = [0x4d, 0x4d, 0, 42, ...u32(8), 0, 1, 0x01, 0x12, 0, 3, ...u32(1), 0, 6, 0, 0, ...u32(0)];
  const body = [...'eXIf'].map(c => c.charCodeAt(0)).concat(tiff);
  const chunk = new Uint8Array([...u32(tiff.length), ...body, ...u32(crc32(body))]);
  return new Blob([png.subarray(0, 33), chunk, png.subarray(33)]); // 33: signature and IHDR
}

/** A browser-made 400 × 300 JPEG with its EXIF block (Orientation 6) after the frame header, just before the scan. */
async function jpegWithLateExif(): Promise<Blob> {
  const canvas = new OffscreenCanvas(400, 300);
  canvas.getContext('2d')!.fillRect(0, 0, 400, 300);
  const jpeg = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg' })).arrayBuffer());
  let scan = 2;
  while (jpeg[scan + 1] !== 0xda) scan += 2 + ((jpeg[scan + 2]! << 8) | jpeg[scan + 3]!);
  const tiff = [0x4d, 0x4d, 0, 42, ...u32(8), 0, 1, 0x01, 0x12, 0, 3, ...u32(1), 0, 6, 0, 0, ...u32(0)];
  const body = [...'Exif\0\0'].map(c => c.charCodeAt(0)).concat(tiff);
  const app1 = new Uint8Array([0xff, 0xe1, 0, body.length + 2, ...body]);
  return new Blob([jpeg.subarray(0, scan), app1, jpeg.subarray(scan)]);
}

/** A 24-bit BMP stored top-down (negative height), the variant most likely to be read wrong. */
function bmp(width: number, height: number): Blob {
  const row = Math.ceil((width * 3) / 4) * 4;
  const header = [
    'B'.charCodeAt(0),
    'M'.charCodeAt(0),
    ...le(54 + row * height, 4),
    ...le(0, 4),
    ...le(54, 4),
  ];
  const info = [...le(40, 4), ...le(width, 4), ...le(-height, 4), ...le(1, 2), ...le(24, 2), ...le(0, 24)];
  return new Blob([new Uint8Array([...header, ...info]), new Uint8Array(row * height).fill(0x80)]);
}

/**
 * The header reader exists to predict the decoder without running it: for every kind of file, what it says must be
 * exactly what Chrome then decodes, orientation included.
 */
describe('readSize agrees with what Chrome decodes', () => {
  const files: [string, () => Promise<Blob>][] = [
    ['JPEG', () => fixture('photos/franck_02045.jpg')],
    ['JPEG, orientation 3', () => fixture('formats/orient3.jpg')],
    ['JPEG, orientation 6', () => fixture('formats/orient6.jpg')],
    ['JPEG, orientation 8', () => fixture('formats/orient8.jpg')],
    ['JPEG with its EXIF after the frame header', jpegWithLateExif],
    ['progressive JPEG with GPS', () => fixture('formats/gps.jpg')],
    ['CMYK JPEG', () => fixture('formats/cmyk.jpg')],
    ['PNG with alpha', () => fixture('formats/alpha.png')],
    ['16-bit PNG', () => fixture('formats/deep16.png')],
    ['PNG with eXIf orientation 6', pngWithExif],
    ['WebP', () => fixture('formats/webp.webp')],
    ['animated GIF', () => fixture('formats/animated.gif')],
    ['top-down BMP', async () => bmp(321, 300)],
  ];
  for (const [name, make] of files)
    it(name, async () => {
      const file = await make();
      const head = new Uint8Array(await file.slice(0, headBytes).arrayBuffer());
      const size = await readSize(sniffFormat(head), blobReader(file, head));
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
      expect({ width: size.width, height: size.height }).to.deep.equal({
        width: bitmap.width,
        height: bitmap.height,
      });
      bitmap.close();
    });
});
