import { maxFileBytes } from '../../shared/engine';
import { formatBytes } from '../../shared/i18n/format';
import type { Lang } from '../../shared/i18n/lang';
import { message } from '../messages';
import { EngineError } from '../errors';
import { blobReader, headBytes } from './bytes';
import { readSize } from './header';
import { decodable, sniffFormat, type Format } from './sniff';

export { maxFileBytes };
/** Above this a phone runs out of memory decoding; no camera sold to students comes near it. */
export const maxPixels = 100_000_000;
/**
 * libheif decodes a HEIC whole, in WebAssembly memory that holds its pixels several times over (YUV planes, RGBA,
 * the copy handed out): half the limit, which still takes the 48 MP of the largest phone cameras (iPhone "HEIF Max",
 * 8064 × 6048).
 */
export const maxHeicPixels = 50_000_000;
/** The short side under which a face cannot fill an ID photo sharply. */
export const minSide = 300;

/** What the file is and its displayed size (after EXIF or `irot` rotation), known before any decoding. */
export type SourceInfo = {
  format: Format;
  width: number;
  height: number;
  transposed?: true;
  orientation?: number;
};

/**
 * Every reason to refuse a file that can be known from its size and its first bytes, checked before the decoder
 * sees it: a decoder handed a 60 000 × 60 000 PNG or a PDF would crash the tab or hang rather than answer.
 */
export async function guard(file: Blob, lang: Lang): Promise<SourceInfo> {
  if (file.size === 0) throw new EngineError('file.empty');
  if (file.size > maxFileBytes)
    throw new EngineError('file.too_large', { size: formatBytes(lang, file.size) });
  const head = new Uint8Array(await file.slice(0, headBytes).arrayBuffer());
  const format = sniffFormat(head);
  if (!decodable.has(format))
    throw new EngineError('format.unsupported', { format: formatName(lang, format) });

  const size = await readSize(format, blobReader(file, head));
  const { width, height } = size;
  const pixels = width * height;
  // Rounded up: "100 megapixels, more than the 100 accepted" would read as a contradiction.
  const limit = format === 'heic' ? maxHeicPixels : maxPixels;
  if (pixels > limit)
    throw new EngineError('image.too_many_pixels', {
      megapixels: Math.ceil(pixels / 1e6),
      limit: limit / 1e6,
    });
  if (Math.min(width, height) < minSide) throw new EngineError('image.too_small', { width, height });
  return { format, ...size };
}

const names: Partial<Record<Format, string>> = {
  tiff: 'TIFF',
  raw: 'RAW',
  jxl: 'JPEG XL',
  psd: 'Photoshop (PSD)',
  ico: 'ICO',
  pdf: 'PDF',
  zip: 'ZIP',
  svg: 'SVG',
  html: 'HTML',
};

/** How the refusal names the format: its usual name, or a word in the person's language. */
export function formatName(lang: Lang, format: Format): string {
  if (format === 'text') return message(lang, 'engine.format.name.text');
  if (format === 'video') return message(lang, 'engine.format.name.video');
  if (format === 'unknown') return message(lang, 'engine.format.name.unknown');
  return names[format] ?? format.toUpperCase();
}
