export type Encoded = { blob: Blob; quality: number };

const maxQuality = 0.95;
/** Interpolation steps at most; in practice two or three land within `closeEnough` of the cap. */
const steps = 5;
/** A fit this close to the cap is kept: the quality left on the table is invisible. */
const closeEnough = 0.97;

/**
 * The highest JPEG quality whose bytes fit `maxBytes`, never under `minQuality`; `fits: false` when even the
 * minimum is too big. Rate control is on bytes, not quality: the same quality gives different sizes per browser.
 * Bytes grow smoothly with quality, so each guess interpolates between the best fit and the smallest miss so far
 * (regula falsi): fewer encodes than a bisection, which matters on a phone. Canvas encoding writes JFIF only, so no
 * EXIF, XMP or GPS ever reaches the output.
 */
export async function encode(
  canvas: OffscreenCanvas,
  { maxBytes, minQuality }: { maxBytes: number; minQuality: number },
): Promise<Encoded & { fits: boolean }> {
  const at = async (quality: number) => ({
    quality,
    blob: await canvas.convertToBlob({ type: 'image/jpeg', quality }),
  });
  let miss = await at(maxQuality);
  if (miss.blob.size <= maxBytes) return { ...miss, fits: true };
  let best = await at(minQuality);
  if (best.blob.size > maxBytes) return { ...best, fits: false };
  for (let i = 0; i < steps && best.blob.size < closeEnough * maxBytes; i++) {
    const share = (maxBytes - best.blob.size) / (miss.blob.size - best.blob.size);
    const quality = Math.min(
      miss.quality - 0.005,
      Math.max(best.quality + 0.005, best.quality + share * (miss.quality - best.quality)),
    );
    if (quality <= best.quality) break;
    const candidate = await at(quality);
    if (candidate.blob.size <= maxBytes) best = candidate;
    else miss = candidate;
  }
  return { ...best, fits: true };
}
