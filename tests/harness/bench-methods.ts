// The four ways from a phone JPEG to the ID photo that the benchmark compares, each timed from the main thread.
import imageCompression from 'browser-image-compression';
import bicLibPath from 'browser-image-compression/dist/browser-image-compression.js?url';
import { findProfile } from '../../shared/profiles';
import { makeEngine } from '../../workers/bridge';
import type { Box } from './bench-input';

export const spec = findProfile('demo')!.photo;
export const engine = makeEngine({ idleMs: 600_000 });
const floorWorker = new Worker(new URL('./bench-floor.worker.ts', import.meta.url), { type: 'module' });
// BIC imports this into its blob: worker; absolute, because a blob: URL is no base to resolve against.
const bicLibUrl = new URL(bicLibPath, location.href).href;

// BIC silently falls back to the main thread when its worker fails (e.g. its libURL is unreachable): count it.
let bicFailures = 0;
export const bicWorkerFailures = () => bicFailures;
window.Worker = class extends Worker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    if (!String(url).startsWith('blob:')) return;
    this.addEventListener('error', () => bicFailures++);
    this.addEventListener('message', e => void ((e.data as { error?: unknown })?.error && bicFailures++));
  }
};

export type Sample = { ms: number; output?: Blob | null; stages?: Record<string, number> };
const timed = async (task: () => Promise<Blob | null | void>): Promise<Sample> => {
  const start = performance.now();
  const output = await task();
  return { ms: performance.now() - start, output: output ?? undefined };
};

export const floor = (file: Blob) =>
  timed(
    () =>
      new Promise<void>(resolve => {
        floorWorker.addEventListener('message', () => resolve(), { once: true });
        floorWorker.postMessage(file);
      }),
  );
export const ours = async (file: Blob): Promise<Sample> => {
  let stages: Record<string, number> | undefined;
  const sample = await timed(async () => {
    // Face analysis is timed on its own (tests/bench/face.mjs), and so is the visually lossless search (the encoders'
    // table, bench-encode.ts): here the same work as the other methods, the highest quality under the cap.
    const result = await engine.process(file, spec, { analyse: false, encode: 'highest' });
    if (!result.ok) throw new Error(`engine: ${result.error.code} ${result.error.message}`);
    stages = result.timings; // where the time goes, as the worker saw it
    return result.output?.blob ?? null; // null: even the minimum quality did not fit the cap
  });
  return { ...sample, stages };
};
// BIC cannot crop. Timed on the full photo resized to fit 531 px (the same file and decode as ours); scored on the
// centred crop given to it as its own JPEG (same pixels and byte cap as the others; the crop is not timed).
export const bic = (file: Blob) =>
  timed(() =>
    imageCompression(new File([file], 'photo.jpg', { type: 'image/jpeg' }), {
      maxWidthOrHeight: spec.height,
      maxSizeMB: spec.maxBytes / 1024 / 1024,
      useWebWorker: true,
      libURL: bicLibUrl,
      fileType: 'image/jpeg',
    }),
  );
/** What a page does without a library: one drawImage of the crop, one encode at a fixed quality, main thread. */
export const canvas = (file: Blob, box: Box) =>
  timed(async () => {
    const bitmap = await createImageBitmap(file);
    const target = new OffscreenCanvas(spec.width, spec.height);
    const context = target.getContext('2d')!;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, box.x, box.y, box.width, box.height, 0, 0, spec.width, spec.height);
    bitmap.close();
    return target.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
  });
