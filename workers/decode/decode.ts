import { EngineError } from '../errors';
import type { SourceInfo } from '../sniff/guard';

/** iOS refuses (or draws blank) any canvas above 4096² pixels; no bitmap the engine holds goes over it. */
export const maxBitmapPixels = 4096 * 4096;

type Size = { width: number; height: number };

/**
 * Resize options that bring `size` (the displayed size, orientation applied) under `maxBitmapPixels` with its
 * aspect ratio, or none when it fits. Chrome applies them to the oriented image, so they are the displayed size.
 */
export function fitting({ width, height }: Size): ImageBitmapOptions {
  const scale = Math.sqrt(maxBitmapPixels / (width * height));
  if (scale >= 1) return {};
  // Rounded down so that the product stays under the cap.
  return {
    resizeWidth: Math.floor(width * scale),
    resizeHeight: Math.floor(height * scale),
    resizeQuality: 'high',
  };
}

/**
 * Pixels from the file, upright and at most `maxBitmapPixels`; smaller than `info` when the photo was over it. The
 * browser applies the EXIF orientation itself ('from-image'), so nothing here rotates again by hand (the classic
 * "rotated twice" bug); an animated GIF or WebP gives its first frame. Decoding happens in the worker, from the
 * Blob, because an ImageBitmap loses its orientation when it crosses threads (crbug.com/1332947). Scaling during
 * the decode means that no full-size bitmap of a 24 MP photo ever exists.
 */
export async function decode(file: Blob, info: SourceInfo): Promise<ImageBitmap> {
  if (info.format === 'heic') return decodeHeif(file);
  try {
    return await createImageBitmap(file, { imageOrientation: 'from-image', ...fitting(info) });
  } catch {
    throw new EngineError('image.corrupt');
  }
}

/**
 * Chrome and Firefox cannot decode HEIC: the LGPL libheif decoder is a separate chunk, loaded only when a HEIC
 * arrives (research/upload.md §5). It orients and caps the bitmap itself; a decoder that cannot be downloaded is
 * not the photo's fault, so its errors pass through as they are (`engine.internal`).
 */
async function decodeHeif(file: Blob): Promise<ImageBitmap> {
  const { decodeHeic } = await import('./heic');
  return decodeHeic(file);
}
