export type Encoded = { blob: Blob; quality: number };

const maxQuality = 0.95;
const steps = 7;

/**
 * The highest JPEG quality whose bytes fit `maxBytes`, never under `minQuality`; `fits: false` when even the
 * minimum is too big. Rate control is on bytes, not quality: the same quality gives different sizes per browser.
 * Canvas encoding writes JFIF only, so no EXIF, XMP or GPS ever reaches the output.
 */
export async function encode(
  canvas: OffscreenCanvas,
  { maxBytes, minQuality }: { maxBytes: number; minQuality: number },
): Promise<Encoded & { fits: boolean }> {
  const at = async (quality: number) => ({
    quality,
    blob: await canvas.convertToBlob({ type: 'image/jpeg', quality }),
  });
  const top = await at(maxQuality);
  if (top.blob.size <= maxBytes) return { ...top, fits: true };
  let best = await at(minQuality);
  if (best.blob.size > maxBytes) return { ...best, fits: false };
  let [low, high] = [minQuality, maxQuality];
  for (let i = 0; i < steps; i++) {
    const candidate = await at((low + high) / 2);
    if (candidate.blob.size <= maxBytes) [best, low] = [candidate, candidate.quality];
    else high = candidate.quality;
  }
  return { ...best, fits: true };
}
