// Encoding on photos: the product's encoder (the lowest quality that still looks the same, under the cap) against
// the baseline, today's strategy (the highest quality under the cap), on the very same pixels; and the score against
// quality curve that the visually lossless threshold was read from.
import { fitCap } from '../../workers/encode/cap';
import { decoded, encode } from '../../workers/encode/encode';
import { prepare, ssimulacra2 } from '../../workers/encode/perceptual';
import { resize } from '../../workers/resize/resize';
import type { Box } from './bench-input';
import { engine, spec } from './bench-methods';

/** The baseline: the highest quality whose bytes fit the cap, and nothing more (what encode() returned before). */
export const highestUnderCap = fitCap;

/** The output canvas of a photo: the engine's frame (its face analysis unless `frame` is given), resized as it does. */
export async function outputCanvas(file: Blob, frame?: Box & { rotation?: number }) {
  if (!frame) {
    const result = await engine.process(file, spec);
    if (!result.ok) throw new Error(`engine: ${result.error.code}`);
    frame = result.frame;
  }
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    return await resize(bitmap, { rotation: 0, ...frame }, spec);
  } finally {
    bitmap.close();
  }
}

const pixelsOf = (canvas: OffscreenCanvas) =>
  canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
const decodedFor = (blob: Blob, canvas: OffscreenCanvas) => decoded(blob, canvas.width, canvas.height);

type Result = { bytes: number | null; quality: number; score: number | null; ms: number[] };
/**
 * Both encoders on one canvas, `runs` times each in turns (timed, from the canvas to the JPEG), and the score of
 * what each gave, computed here for both by the same metric.
 */
export async function compareEncoders(canvas: OffscreenCanvas, runs: number) {
  const reference = prepare(pixelsOf(canvas));
  const encoders = { baseline: highestUnderCap, ours: encode };
  const out = {} as Record<keyof typeof encoders, Result>;
  for (let i = 0; i < runs; i++)
    for (const name of (i % 2 ? ['ours', 'baseline'] : ['baseline', 'ours']) as (keyof typeof encoders)[]) {
      const start = performance.now();
      const encoded = await encoders[name](canvas, spec);
      const ms = performance.now() - start;
      if (out[name]) {
        out[name].ms.push(ms);
        continue;
      }
      const score = encoded.fits ? ssimulacra2(reference, await decodedFor(encoded.blob, canvas)) : null;
      out[name] = {
        bytes: encoded.fits ? encoded.blob.size : null,
        quality: encoded.quality,
        score,
        ms: [ms],
      };
    }
  return out;
}

/** Bytes and score at each quality, and the PNG of the canvas with the JPEGs asked for (base64), to look at. */
export async function curve(canvas: OffscreenCanvas, qualities: number[], keep: number[] = []) {
  const reference = prepare(pixelsOf(canvas));
  const base64 = async (blob: Blob) => {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  };
  const points = [];
  const files: Record<string, string> = {};
  for (const quality of qualities) {
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
    const start = performance.now();
    const score = ssimulacra2(reference, await decodedFor(blob, canvas));
    points.push({ quality, bytes: blob.size, score, scoreMs: performance.now() - start });
    if (keep.includes(quality)) files[`q${Math.round(quality * 100)}.jpg`] = await base64(blob);
  }
  if (keep.length) files['reference.png'] = await base64(await canvas.convertToBlob({ type: 'image/png' }));
  return { points, files };
}
