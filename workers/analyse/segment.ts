import { loadHuman, serially } from './human';

/** Who is the person, per pixel: 0 (background) to 255 (person), at the size of the image it was computed on. */
export type PersonMask = { data: Uint8Array; width: number; height: number };

/**
 * The person in `image` (the output photo, or the crop around the face in analysis), by MediaPipe's selfie
 * segmentation (256 × 256, made for a head and shoulders). The background checks read only what it calls
 * background; framing sees where the hair ends, and a head cut by the photo's edge. Null when the model could not
 * run: the checks then fall back to geometry around the face.
 */
export async function personMask(image: OffscreenCanvas | ImageBitmap): Promise<PersonMask | null> {
  try {
    return await serially(async () => {
      const human = await loadHuman();
      const alpha = await human.segmentation(image);
      if (!alpha) return null;
      try {
        const values = await alpha.data();
        return { data: Uint8Array.from(values), width: image.width, height: image.height };
      } finally {
        alpha.dispose();
      }
    });
  } catch (error) {
    console.warn('segmentation', error);
    return null;
  }
}
