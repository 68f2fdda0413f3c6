import { EngineError } from '../errors';

/**
 * Pixels from the file, upright: the browser applies the EXIF orientation itself ('from-image'), so nothing here
 * rotates again by hand (the classic "rotated twice" bug). Decoding happens in the worker, from the Blob, because
 * an ImageBitmap loses its orientation when it crosses threads (crbug.com/1332947).
 */
export async function decode(file: Blob): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new EngineError('image.corrupt');
  }
}
