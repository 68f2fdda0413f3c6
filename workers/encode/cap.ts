import type { Encoded } from './encode';

export const maxQuality = 0.95;
/** Encodes after the first at most; in practice one or two find the best fit. */
const steps = 5;
/** Guesses aim just under the cap, so that a small misjudgement still fits. */
const aim = 0.985;
/**
 * The encoder's quantisation step is proportional to 1 − quality, and ln(bytes) is close to a straight line in
 * ln(1 − quality), of slope about −0.57 on photos (measured on the fixtures, 0.5 to 0.95). Only the first guess
 * uses the typical slope; later ones go through what was measured.
 */
const typicalSlope = -0.57;
const toX = (quality: number) => Math.log(1 - quality);
const fromX = (x: number) => 1 - Math.exp(x);
const toPercent = (quality: number) => Math.round(quality * 100) / 100;
const slopeBetween = (a: Encoded, b: Encoded) =>
  (Math.log(a.blob.size) - Math.log(b.blob.size)) / (toX(a.quality) - toX(b.quality));

/**
 * The highest JPEG quality whose bytes fit `maxBytes`, never under `minQuality`; `fits: false` when even the
 * minimum is too big. encode() looks down from there for the lowest quality that still looks the same. Rate control
 * is on bytes, not quality: the same quality gives different sizes per browser. Each guess follows a straight line
 * in (ln(1 − quality), ln(bytes)): from the top quality with the typical slope, then through the best fit and the
 * smallest miss so far. Each encode costs a few milliseconds on a phone: two or three suffice where a bisection
 * takes five or more. Canvas encoding writes JFIF only, so no EXIF, XMP or GPS ever reaches the output.
 */
export async function fitCap(
  canvas: OffscreenCanvas,
  { maxBytes, minQuality }: { maxBytes: number; minQuality: number },
): Promise<Encoded & { fits: boolean }> {
  const at = async (quality: number) => ({
    quality,
    blob: await canvas.convertToBlob({ type: 'image/jpeg', quality }),
  });
  const target = Math.log(aim * maxBytes);
  let miss = await at(maxQuality);
  if (miss.blob.size <= maxBytes) return { ...miss, fits: true };
  let best: Encoded | undefined;
  let previousMiss: Encoded | undefined;
  for (let i = 0; i < steps; i++) {
    const other = best ?? previousMiss;
    const slope = other ? slopeBetween(other, miss) : typicalSlope;
    const guess = fromX(toX(miss.quality) + (target - Math.log(miss.blob.size)) / slope);
    // Browsers encode at whole percents: guesses between two of them would encode the same file again.
    const floor = Math.max(minQuality, best ? toPercent(best.quality + 0.01) : 0);
    const quality = toPercent(Math.min(miss.quality - 0.01, Math.max(floor, guess)));
    if (quality < floor) break; // the best fit and the smallest miss are neighbours: nothing between
    const candidate = await at(quality);
    if (candidate.blob.size > maxBytes) {
      if (quality === minQuality) return { ...candidate, fits: false };
      [previousMiss, miss] = [miss, candidate];
    } else {
      best = candidate;
      // Done when the next percent up would not fit, by the line through this fit and the smallest miss.
      const up = slopeBetween(best, miss) * (toX(best.quality + 0.01) - toX(best.quality));
      const next = best.blob.size * Math.exp(up);
      if (next > maxBytes) break;
    }
  }
  if (best) return { ...best, fits: true };
  const lowest = await at(minQuality);
  return { ...lowest, fits: lowest.blob.size <= maxBytes };
}
