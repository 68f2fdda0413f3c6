import { EngineError } from '../errors';
import { browserCrop } from './crop-mapping';
import type { SourceInfo } from '../sniff/guard';

/** iOS refuses (or draws blank) any canvas above 4096² pixels; no bitmap the engine holds goes over it. */
export const maxBitmapPixels = 4096 * 4096;

type Size = { width: number; height: number };

/** The scale that brings `size` under the cap, 1 when it already fits. */
const capScale = ({ width, height }: Size): number =>
  Math.min(1, Math.sqrt(maxBitmapPixels / (width * height)));

/**
 * Resize options that bring `size` (the displayed size, orientation applied) under `maxBitmapPixels` with its
 * aspect ratio, or none when it fits. Chrome applies them to the oriented image, so they are the displayed size.
 */
export function fitting({ width, height }: Size): ImageBitmapOptions {
  const scale = capScale({ width, height });
  if (scale === 1) return {};
  // Rounded down so that the product stays under the cap.
  return {
    resizeWidth: Math.floor(width * scale),
    resizeHeight: Math.floor(height * scale),
    resizeQuality: 'high',
  };
}

/** Part of the displayed photo, and the scale to decode it at. */
export type Region = { x: number; y: number; width: number; height: number; scale: number };

/** The whole photo; decodedSize() brings it under the canvas cap. */
export const wholePhoto = ({ width, height }: Size): Region => ({ x: 0, y: 0, width, height, scale: 1 });

/** Pixel size of a region once decoded, rounded down so the product stays under the cap. */
const decodedSize = (region: Region): Size => {
  const scale = Math.min(region.scale, capScale(region));
  return {
    width: Math.max(1, Math.floor(region.width * scale)),
    height: Math.max(1, Math.floor(region.height * scale)),
  };
};

/**
 * Pixels of `region` of the photo (in displayed pixels), upright, scaled and cropped by the decode itself: one
 * browser call does all three, so no full-size bitmap of a 24 MP photo ever exists and the cost stays near a
 * bare decode (research/upload.md §7). The browser applies the EXIF orientation ('from-image'), so nothing here
 * rotates again by hand (the classic "rotated twice" bug); an animated GIF or WebP gives its first frame.
 * Decoding happens in the worker, from the Blob: an ImageBitmap loses its orientation when it crosses threads
 * (crbug.com/1332947).
 */
export async function decode(
  file: Blob,
  info: SourceInfo,
  region: Region = wholePhoto(info),
): Promise<ImageBitmap> {
  const size = decodedSize(region);
  const options: ImageBitmapOptions = {
    imageOrientation: 'from-image',
    resizeWidth: size.width,
    resizeHeight: size.height,
    resizeQuality: 'high',
  };
  if (info.format === 'heic') return cropOf(await heifOf(file), info, region, size);
  try {
    const crop = await browserCrop(info, region);
    if (crop) return await createImageBitmap(file, crop.x, crop.y, crop.width, crop.height, options);
    const whole = await createImageBitmap(file, { imageOrientation: 'from-image', ...fitting(info) });
    try {
      return cropOf(whole, info, region, size);
    } finally {
      whole.close();
    }
  } catch {
    throw new EngineError('image.corrupt');
  }
}

/**
 * `region` of a bitmap of the whole photo (which may have been decoded smaller than `info`), at `size`. Drawn, not
 * cropped by createImageBitmap: a bitmap decoded from a turned photo keeps its orientation, and Chrome crops it as
 * wrongly as the file itself (crop-mapping.ts), while drawImage gets the rectangle right.
 */
function cropOf(whole: ImageBitmap, info: SourceInfo, region: Region, size: Size): ImageBitmap {
  const f = whole.width / info.width;
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = canvas.getContext('2d')!;
  context.imageSmoothingQuality = 'high';
  context.drawImage(
    whole,
    region.x * f,
    region.y * f,
    region.width * f,
    region.height * f,
    0,
    0,
    size.width,
    size.height,
  );
  return canvas.transferToImageBitmap();
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

/**
 * The last HEIC decoded, kept while its photo is processed: face analysis reads a small copy of it, then the frame
 * a region, and libheif takes about a second per decode on a phone. The engine lets it go at the end of the photo.
 */
let heif: { file: Blob; bitmap: Promise<ImageBitmap> } | undefined;
function heifOf(file: Blob): Promise<ImageBitmap> {
  if (heif?.file !== file) {
    releaseDecoded();
    heif = { file, bitmap: decodeHeif(file) };
  }
  return heif.bitmap;
}

/** Frees what decode() keeps for the photo being processed. */
export function releaseDecoded(): void {
  void heif?.bitmap.then(
    bitmap => bitmap.close(),
    () => {},
  );
  heif = undefined;
}
