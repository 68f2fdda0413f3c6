import { corrupt, fourCC, readExactly, type Reader } from './bytes';
import { oriented, tiffOrientation } from './exif';
import { heifSize } from './heif-header';
import { jpegSize } from './jpeg-header';
import type { Format } from './sniff';

/**
 * Displayed size; `transposed` when the stored pixels are turned a quarter (EXIF orientations 5 to 8), `orientation`
 * the EXIF orientation when it is not 1.
 */
export type Size = { width: number; height: number; transposed?: true; orientation?: number };

/**
 * The pixel size a decodable file will have once decoded and oriented, read from its header alone: a file that
 * claims 60 000 × 60 000 pixels is refused before any decoder allocates them. A header that is cut short or
 * inconsistent is `image.corrupt`.
 */
export async function readSize(format: Format, reader: Reader): Promise<Size> {
  let size: Size;
  try {
    size = await sizeOf(format, reader);
  } catch (error) {
    // DataView reads past a table's end: the table lied about its length.
    if (error instanceof RangeError) throw corrupt();
    throw error;
  }
  if (!(size.width > 0 && size.height > 0)) throw corrupt();
  return size;
}

function sizeOf(format: Format, reader: Reader): Promise<Size> {
  switch (format) {
    case 'jpeg':
      return jpegSize(reader);
    case 'png':
      return pngSize(reader);
    case 'gif':
      return gifSize(reader);
    case 'webp':
      return webpSize(reader);
    case 'bmp':
      return bmpSize(reader);
    case 'avif':
    case 'heic':
      return heifSize(reader);
    default:
      throw new Error(`no header reader for ${format}`);
  }
}

/** PNG chunks before the image data: a few text, colour and metadata chunks in any real file. */
const maxPngChunks = 1000;

/**
 * The IHDR chunk always comes first. Chrome also applies the orientation of an eXIf chunk, which comes before the
 * image data (IDAT): the chunks up to it are walked from their headers.
 */
async function pngSize(reader: Reader): Promise<Size> {
  const head = await readExactly(reader, 0, 24);
  if (fourCC(head, 12) !== 'IHDR') throw corrupt();
  const size = { width: head.getUint32(16), height: head.getUint32(20) };
  // Each chunk: length, type, data, CRC. A file cut before IDAT is the decoder's to call corrupt.
  for (let at = 8, chunks = 0; at + 8 <= reader.size && chunks < maxPngChunks; chunks++) {
    const chunk = await readExactly(reader, at, 8);
    const [length, type] = [chunk.getUint32(0), fourCC(chunk, 4)];
    if (type === 'IDAT' || type === 'IEND') break;
    if (type === 'eXIf') return oriented(size, tiffOrientation(await readExactly(reader, at + 8, length)));
    at += 12 + length;
  }
  return size;
}

/** Extension blocks stepped over before the first image: a GIF's comments and loop counts are a handful. */
const maxGifBlocks = 256;

/**
 * The logical screen, grown to the first image when that image goes past it, as Chromium's decoder grows it: a
 * 10 × 10 screen may carry a 30 000 × 30 000 first frame, which is what the decoder would allocate.
 */
async function gifSize(reader: Reader): Promise<Size> {
  const head = await readExactly(reader, 0, 13);
  const screen = { width: head.getUint16(6, true), height: head.getUint16(8, true) };
  const packed = head.getUint8(10);
  // The global colour table, when there is one: 3 bytes per colour, 2^(n + 1) colours.
  let at = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
  for (let blocks = 0; blocks < maxGifBlocks && at < reader.size; blocks++) {
    const introducer = (await readExactly(reader, at, 1)).getUint8(0);
    if (introducer === 0x2c) {
      const image = await readExactly(reader, at + 1, 8);
      const [left, top] = [image.getUint16(0, true), image.getUint16(2, true)];
      const [width, height] = [image.getUint16(4, true), image.getUint16(6, true)];
      return { width: Math.max(screen.width, left + width), height: Math.max(screen.height, top + height) };
    }
    if (introducer !== 0x21) break; // the trailer, or not a GIF block: the decoder's to judge
    // An extension: its label, then sub-blocks (a length byte, that many bytes) up to an empty one.
    at += 2;
    for (let length = -1; length !== 0 && at < reader.size; at += 1 + length)
      length = (await readExactly(reader, at, 1)).getUint8(0);
  }
  return screen;
}

/** Lossy (VP8), lossless (VP8L) and extended (VP8X: alpha, animation, metadata) files each say it differently. */
async function webpSize(reader: Reader): Promise<Size> {
  // Each kind needs a different length (a tiny lossless file is under 30 bytes): reads past the end are corrupt.
  const bytes = await reader.read(0, 30);
  const head = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = true;
  switch (fourCC(head, 12)) {
    case 'VP8 ':
      // Frame tag (3 bytes), start code 9D 01 2A, then 14-bit dimensions (the top 2 bits are the upscale hint).
      if (head.getUint8(23) !== 0x9d || head.getUint8(24) !== 0x01 || head.getUint8(25) !== 0x2a)
        throw corrupt();
      return { width: head.getUint16(26, little) & 0x3fff, height: head.getUint16(28, little) & 0x3fff };
    case 'VP8L': {
      if (head.getUint8(20) !== 0x2f) throw corrupt();
      const bits = head.getUint32(21, little);
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    case 'VP8X': {
      const u24 = (at: number) => head.getUint16(at, little) | (head.getUint8(at + 2) << 16);
      return { width: u24(24) + 1, height: u24(27) + 1 };
    }
    default:
      throw corrupt();
  }
}

/** OS/2 headers (12 bytes) use 16-bit sizes; the others 32-bit, with a negative height for top-down rows. */
async function bmpSize(reader: Reader): Promise<Size> {
  const head = await readExactly(reader, 0, 26);
  if (head.getUint32(14, true) === 12)
    return { width: head.getUint16(18, true), height: head.getUint16(20, true) };
  return { width: head.getInt32(18, true), height: Math.abs(head.getInt32(22, true)) };
}
