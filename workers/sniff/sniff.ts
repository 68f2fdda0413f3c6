/**
 * Formats recognised from their first bytes, never from the file name or the declared type. Besides the photo
 * formats, the files people pick by mistake are named so that the answer can say what the file is.
 */
export type Format =
  | 'jpeg'
  | 'png'
  | 'webp'
  | 'gif'
  | 'bmp'
  | 'avif'
  | 'heic'
  | 'tiff'
  | 'raw'
  | 'jxl'
  | 'psd'
  | 'ico'
  | 'pdf'
  | 'zip'
  | 'video'
  | 'svg'
  | 'html'
  | 'text'
  | 'unknown';

/** Formats the browser (or, for HEIC, our lazy decoder) can turn into pixels. */
export const decodable: ReadonlySet<Format> = new Set(['jpeg', 'png', 'webp', 'gif', 'bmp', 'avif', 'heic']);

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, to));

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) =>
  magic.every((byte, i) => bytes[at + i] === byte);

const avifBrands = new Set(['avif', 'avis']);
const heifBrands = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
const videoBrands = /^(isom|iso\d|mp4\d|qt {2}|M4V |3g[p2].|avc1|dash)$/;

export function sniffFormat(bytes: Uint8Array): Format {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length >= 26) return 'bmp';
  if (ascii(bytes, 4, 8) === 'ftyp') return isoFormat(bytes);
  if (isRaw(bytes)) return 'raw';
  if (['II*\0', 'MM\0*'].includes(ascii(bytes, 0, 4))) return 'tiff';
  if (startsWith(bytes, [0xff, 0x0a]) || ascii(bytes, 4, 8) === 'JXL ') return 'jxl';
  if (ascii(bytes, 0, 4) === '8BPS') return 'psd';
  if (startsWith(bytes, [0, 0, 1, 0])) return 'ico';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  if (ascii(bytes, 0, 4) === 'PK\x03\x04') return 'zip';
  return textFormat(bytes);
}

/** ISO base media files (HEIF, AVIF, MP4, MOV) say what they are in the brands of their `ftyp` box. */
function isoFormat(bytes: Uint8Array): Format {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = Math.min(bytes.length, view.getUint32(0));
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, at + 4));
  // AVIF first: an AVIF may carry the generic HEIF brand `mif1` as its major brand.
  if (brands.some(brand => avifBrands.has(brand))) return 'avif';
  if (brands.some(brand => heifBrands.has(brand))) return 'heic';
  if (brands.some(brand => videoBrands.test(brand))) return 'video';
  if (brands[0] === 'crx ') return 'raw';
  return 'unknown';
}

/** Camera raw files that would otherwise pass for TIFF (Canon CR2, Olympus, Panasonic) or for nothing (Fuji). */
const isRaw = (bytes: Uint8Array) =>
  (ascii(bytes, 0, 4) === 'II*\0' && ascii(bytes, 8, 10) === 'CR') ||
  ['IIRO', 'IIRS', 'IIU\0'].includes(ascii(bytes, 0, 4)) ||
  ascii(bytes, 0, 15) === 'FUJIFILMCCD-RAW';

/** Control characters never found in text: all of C0 but tab, line feed, vertical tab, form feed, return; DEL. */
const isControl = (char: string) => {
  const code = char.charCodeAt(0);
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f;
};

/** SVG, HTML, or plain text: valid UTF-8 without control characters; anything else is unknown. */
function textFormat(bytes: Uint8Array): Format {
  let text: string;
  try {
    // `stream` keeps a character cut at the end of the sample from counting as invalid.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 4096), { stream: true });
  } catch {
    return 'unknown';
  }
  if (text.length === 0 || [...text].some(isControl)) return 'unknown';
  if (/<svg[\s>]/i.test(text)) return 'svg';
  if (/^\uFEFF?\s*(<!doctype html|<html[\s>])/i.test(text)) return 'html';
  return 'text';
}
