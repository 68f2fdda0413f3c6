import { wrap, type Remote } from 'comlink';
import type { PhotoSpec } from '../shared/profiles';
import { errorMessage } from './errors';
import type { PhotoApi } from './engine.worker';
import type { PhotoResult, ProcessOptions } from './process';

export type { PhotoResult, ProcessOptions };

/**
 * The main thread's door to the engine (Squoosh's worker bridge): the worker starts on the first call, photos go
 * through one at a time, an abort terminates the worker (comlink has no cancellation) and an idle worker is
 * terminated after `idleMs` so a phone gets its decode memory back.
 */
export function makeEngine({ idleMs = 10_000 } = {}) {
  let worker: Worker | undefined;
  let api: Remote<PhotoApi> | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const stop = () => {
    worker?.terminate();
    worker = api = undefined;
  };
  const start = () => {
    worker ??= new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
    return (api ??= wrap<PhotoApi>(worker));
  };

  let pending = 0;
  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    pending++;
    clearTimeout(idle);
    const run = queue.then(task, task);
    const settle = () => {
      if (--pending === 0) idle = setTimeout(stop, idleMs);
    };
    queue = run.then(settle, settle);
    return run;
  }

  function process(file: Blob, spec: PhotoSpec, options: ProcessOptions = {}, signal?: AbortSignal) {
    const aborted = (): PhotoResult => ({
      ok: false,
      error: { code: 'engine.aborted', message: errorMessage(options.lang ?? 'fr', 'engine.aborted') },
    });
    return enqueue(async (): Promise<PhotoResult> => {
      if (signal?.aborted) return aborted();
      const remote = start();
      const onAbort = new Promise<PhotoResult>(resolve =>
        signal?.addEventListener('abort', () => (stop(), resolve(aborted())), { once: true }),
      );
      return Promise.race([remote.process(file, spec, options), onAbort]);
    });
  }

  return {
    process,
    warmUp: () => enqueue(() => start().warmUp()),
    /** Frees the worker now, e.g. when the page is hidden. */
    terminate: stop,
  };
}

export type Engine = ReturnType<typeof makeEngine>;
