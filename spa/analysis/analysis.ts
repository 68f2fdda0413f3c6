import { createRoot, createSignal } from 'solid-js';
import { faceCacheName } from '../../shared/engine';
import { fetchWhole, MissingFile } from './download';

/** A file of the face analysis (workers/analyse/assets.mjs): its path, its size, and its size on the wire (Brotli). */
export type FaceFile = { path: string; bytes: number; wire: number; simd?: boolean };
/** Set at build time by workers/analyse/assets.mjs. */
declare const __HUMAN_FILES__: readonly FaceFile[];

/**
 * `held`: not started, the browser asks to save data (it starts at the first photo); `loading`; `retrying`: the
 * connection dropped, it goes on by itself; `done`: every file is on the device; `failed`: the server does not have
 * them (the page is older than the site: the engine then tries itself, and the checks say what it found).
 */
export type DownloadState = 'idle' | 'held' | 'loading' | 'retrying' | 'done' | 'failed';

/** Whether the browser asks to spare data: the Save-Data switch, or a link it measures as 2G. */
function sparingData(): boolean {
  const connection = (navigator as { connection?: { saveData?: boolean; effectiveType?: string } })
    .connection;
  return connection?.saveData === true || ['slow-2g', '2g'].includes(connection?.effectiveType ?? '');
}

/** tfjs takes the SIMD build where WebAssembly has SIMD (a 16-byte probe module, as wasm-feature-detect's). */
const simd = WebAssembly.validate(
  new Uint8Array([
    0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98,
    11,
  ]),
);
const needed = () => __HUMAN_FILES__.filter(file => file.simd === undefined || file.simd === simd);

/** A pause before trying again, cut short when the browser says the network is back. */
const pauseOrOnline = (ms: number) =>
  new Promise<void>(resolve => {
    const done = () => (clearTimeout(timer), removeEventListener('online', done), resolve());
    const timer = setTimeout(done, ms);
    addEventListener('online', done);
  });

/**
 * The face analysis's files, fetched by the page once and whole into the cache the service worker reads them from
 * (its cache-first route for /human/, spa/pwa/config.ts) and the engine's worker too (workers/analyse/human.ts):
 * never by the worker itself, which may be stopped when idle. Started early and at low priority when the photo page
 * opens, or at the first photo when the browser asks to spare data.
 */
function createFaceDownload() {
  const [state, setState] = createSignal<DownloadState>('idle');
  /** On the wire, counted as each file's share of its Brotli size: what a person's data plan sees. */
  const [received, setReceived] = createSignal(0);
  const total = needed().reduce((sum, file) => sum + file.wire, 0);
  let settle: (done: boolean) => void = () => {};
  const settled = new Promise<boolean>(resolve => (settle = resolve));
  let running: Promise<void> | undefined;
  /** When this run's bytes started to arrive, and how many were already here then: its rate, for `within`. */
  let rateFrom: { at: number; received: number } | undefined;

  async function run(reason: 'page' | 'photo') {
    const cache = 'caches' in self ? await caches.open(faceCacheName).catch(() => undefined) : undefined;
    const missing: FaceFile[] = [];
    setReceived(0);
    for (const file of needed())
      if (await cache?.match(file.path)) setReceived(n => n + file.wire);
      else missing.push(file);
    if (missing.length && reason === 'page' && sparingData()) return void setState('held');
    setState('loading');
    rateFrom = { at: performance.now(), received: received() };
    try {
      for (const file of missing) {
        const blob = await fetchWhole(file.path, {
          bytes: file.bytes,
          onBytes: delta => (setReceived(n => n + (delta / file.bytes) * file.wire), setState('loading')),
          onRetry: () => setState('retrying'),
          pause: pauseOrOnline,
        });
        // Without Cache Storage (an insecure origin…) the HTTP cache keeps what it can: the worker asks it again.
        const stored = new Response(blob, { headers: { 'Content-Type': blob.type } });
        await cache?.put(file.path, stored).catch(() => undefined);
      }
      setState('done');
      settle(true);
    } catch (error) {
      console.warn('face analysis download', error instanceof MissingFile ? error.message : error);
      setState('failed');
      settle(false);
    }
  }

  return {
    state,
    received,
    total,
    /** The files are all on the device. */
    done: () => state() === 'done',
    /** Settles once they are all here (true) or cannot be (false). */
    settled: () => settled,
    /**
     * Settles once they are all here, or as soon as they will not be within `ms`: at the rate seen so far (after a
     * second of it) the rest would take longer, the connection is lost, or `ms` have passed.
     */
    async within(ms: number): Promise<void> {
      const start = performance.now();
      for (;;) {
        const now = performance.now();
        if (['done', 'failed', 'retrying'].includes(state()) || now - start >= ms) return;
        if (rateFrom && now - rateFrom.at >= 1_000) {
          const rate = (received() - rateFrom.received) / (now - rateFrom.at);
          if ((total - received()) / rate > ms - (now - start)) return;
        }
        await Promise.race([settled, new Promise(resolve => setTimeout(resolve, 200))]);
      }
    },
    /**
     * `page`: the photo page opened (held back when the browser spares data); `photo`: a photo was chosen or the
     * camera opened, which goes ahead in every case. Safe to call any number of times.
     */
    start(reason: 'page' | 'photo') {
      if (state() === 'held' && reason === 'photo') running = undefined;
      running ??= run(reason);
    },
  };
}

export const faceDownload = createRoot(createFaceDownload);

/** Starts the download once the page itself has loaded and the browser is idle: the page comes first. */
export function prefetchFaceAnalysis() {
  const idle = () =>
    'requestIdleCallback' in self
      ? requestIdleCallback(() => faceDownload.start('page'), { timeout: 2_000 })
      : setTimeout(() => faceDownload.start('page'), 200);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
