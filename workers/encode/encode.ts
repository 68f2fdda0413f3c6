import type { RenderOptions } from '../../shared/engine';
import { fitCap } from './cap';
import { prepare, ssimulacra2, type Reference } from './perceptual';

/** `score`: SSIMULACRA 2.1 of the JPEG against the pixels it was encoded from (100 = identical). */
export type Encoded = { blob: Blob; quality: number; score?: number };

/**
 * SSIMULACRA 2 at or above which the JPEG is taken for the canvas itself. 90 is the metric's published "visually
 * lossless" (its README: not noticed in a flicker test at 1:1; 85 "excellent", 80 "very high"). Cross-checked on the
 * 68 photos of tests/fixtures (real and photos) at the demo profile's 413 × 531: Chromium's 4:2:0 JPEG reaches 90 at
 * a median q 0.93 (p10 0.90, p90 0.95; 9 photos not by 0.95), where butteraugli (libjxl, max-norm) is 1.0–1.3, its
 * own "visually lossless" distance 1.0; crops at 3× show no difference at 90, smoothed skin texture at 85 and below.
 * README, "Benchmark", has the curve.
 */
export const visuallyLossless = 90;
/** Score points gained per quality percent near the threshold, typical of the photos: the first guess's slope. */
const typicalSlope = 0.6;
const toPercent = (quality: number) => Math.round(quality * 100) / 100;

/** The decoded pixels of a JPEG, as a viewer shows them. */
export async function decoded(blob: Blob, width: number, height: number): Promise<ImageData> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context.getImageData(0, 0, width, height);
}

/**
 * The lowest JPEG quality, never under `minQuality`, whose file still looks like the canvas (SSIMULACRA 2 at least
 * `visuallyLossless`) and fits `maxBytes`. When even the highest quality that fits does not look the same, that
 * one (the most the cap allows); `fits: false` when even the minimum is too big.
 *
 * Costs: the byte search (fitCap, one to four encodes), then one encode, decode and score per step down. The score
 * falls about linearly with quality near the threshold: each step is a secant through the nearest passing and
 * failing qualities (a typical slope until there is a failing one), so two or three scores find it where a
 * bisection of the 20 percents between 0.75 and 0.95 takes five.
 */
export async function encode(
  canvas: OffscreenCanvas,
  { maxBytes, minQuality }: { maxBytes: number; minQuality: number },
  goal: RenderOptions['encode'] = 'visually-lossless',
): Promise<Encoded & { fits: boolean }> {
  const top = await fitCap(canvas, { maxBytes, minQuality });
  if (!top.fits || goal === 'highest') return top;
  const { width, height } = canvas;
  const reference: Reference = prepare(canvas.getContext('2d')!.getImageData(0, 0, width, height));
  const scored = async (quality: number, blob?: Blob) => {
    const file = blob ?? (await canvas.convertToBlob({ type: 'image/jpeg', quality }));
    return { quality, blob: file, score: ssimulacra2(reference, await decoded(file, width, height)) };
  };
  let pass = await scored(top.quality, top.blob);
  if (pass.score < visuallyLossless) return { ...pass, fits: true };
  let fail: Required<Encoded> | undefined;
  while (pass.quality > minQuality && (!fail || toPercent(pass.quality - fail.quality) > 0.01)) {
    const slope = fail ? (pass.score - fail.score) / (pass.quality - fail.quality) : typicalSlope * 100;
    const guess = pass.quality - (pass.score - visuallyLossless) / Math.max(slope, 1e-3);
    // Strictly between the two, on a whole percent (browsers encode at whole percents).
    const low = fail ? fail.quality + 0.01 : minQuality;
    const quality = toPercent(Math.min(pass.quality - 0.01, Math.max(low, guess)));
    const candidate = await scored(quality);
    if (candidate.score >= visuallyLossless) pass = candidate;
    else fail = candidate;
  }
  return { ...pass, fits: true };
}
