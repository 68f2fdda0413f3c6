import { transfer, wrap, type Remote } from 'comlink';
import type {
  ErrorCode,
  Located,
  OpenOptions,
  PhotoResult,
  ProcessOptions,
  RenderOptions,
} from '../shared/engine';
import type { Lang } from '../shared/i18n/lang';
import type { PhotoSpec } from '../shared/profiles';
import type { PhotoApi } from './engine.worker';
import { idleExitMessage } from './protocol';

export type { Located, PhotoResult, ProcessOptions };
export type EngineOptions = {
  idleMs?: number;
  timeoutMs?: number;
  locateMs?: number;
  /** Called when the worker's script cannot be fetched (a page left open across a new version: its chunk is gone). */
  onUnloadable?: () => void;
};

/** How a worker's life ended, as the calls waiting on it learn it: see start(). */
type Ending = 'exited' | 'unloadable' | 'stopped';
type Running = { worker: Worker; api: Remote<PhotoApi>; ended: Promise<Ending>; halt: () => void };

/**
 * The main thread's door to the engine (Squoosh's worker bridge): the worker starts on the first call, photos go
 * through one at a time, an abort or a time-out terminates the worker (comlink has no cancellation), and an idle
 * worker is terminated after `idleMs` so a phone gets its decode memory back.
 */
export function makeEngine({
  idleMs = 10_000,
  timeoutMs = 60_000,
  locateMs = 15_000,
  onUnloadable,
}: EngineOptions = {}) {
  let running: Running | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let pending = 0;
  let locating = false;
  /** Calls outside the photo queue under way (a live locate): the worker must stay. */
  let aside = 0;
  /** Arms the idle stop once nothing is under way. */
  const rest = () => {
    clearTimeout(idle);
    if (pending === 0 && aside === 0) idle = setTimeout(stop, idleMs);
  };

  const stop = () => {
    running?.worker.terminate();
    running?.halt();
    running = undefined;
  };
  function start(): Running {
    if (running) return running;
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
    const forget = () => running?.worker === worker && (running = undefined);
    let halt = () => {};
    const ended = new Promise<Ending>(resolve => {
      // Terminated here (stop): a call still waiting on it would otherwise never hear back.
      halt = () => resolve('stopped');
      // The worker may end itself when idle (engine.worker.ts): forget it, and replay a call it did not take.
      worker.addEventListener('message', event => {
        if ((event.data as { type?: string } | null)?.type !== idleExitMessage) return;
        forget();
        resolve('exited');
      });
      // A script that cannot be fetched fires a plain event (a failure inside the worker is an ErrorEvent): no call
      // will ever be answered, so each is answered at once rather than at its time-out.
      worker.addEventListener('error', event => {
        if (event instanceof ErrorEvent) return;
        forget();
        onUnloadable?.();
        resolve('unloadable');
      });
    });
    return (running = { worker, api: wrap<PhotoApi>(worker), ended, halt });
  }

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    pending++;
    clearTimeout(idle);
    const run = queue.then(task, task);
    const settle = () => {
      pending--;
      rest();
    };
    queue = run.then(settle, settle);
    return run;
  }

  /**
   * One task in the photo queue, against the worker of the moment: an abort or the time-out stops the worker and
   * answers with their error; a worker that ended itself meanwhile gets the task again, a new one.
   */
  function queued(
    lang: Lang | undefined,
    signal: AbortSignal | undefined,
    task: (running: Running, failure: (code: ErrorCode) => Promise<PhotoResult>) => Promise<PhotoResult>,
  ) {
    // Failures of the bridge's own (aborted, timed out) are rare: their words come with the engine's strings, fetched
    // then, so a page does not carry them in both languages.
    const failure = async (code: ErrorCode): Promise<PhotoResult> => ({
      ok: false,
      error: { code, message: (await import('./errors')).errorMessage(lang ?? 'fr', code) },
    });
    const attempt = async (): Promise<PhotoResult> => {
      if (signal?.aborted) return failure('engine.aborted');
      const running = start();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const ended = new Promise<PhotoResult>(resolve => {
        signal?.addEventListener('abort', () => (stop(), resolve(failure('engine.aborted'))), { once: true });
        timer = setTimeout(() => (stop(), resolve(failure('engine.internal'))), timeoutMs);
      });
      try {
        const result = await Promise.race([task(running, failure), ended, running.ended]);
        if (result === 'unloadable') return failure('engine.internal');
        if (result === 'stopped') return ended; // by this call's own abort or time-out, whose answer this is
        return result === 'exited' ? attempt() : result;
      } finally {
        clearTimeout(timer);
      }
    };
    return enqueue(attempt);
  }

  /** One photo, analysed and rendered once (the CLI, the extension, the benchmark). */
  const process = (file: Blob, spec: PhotoSpec, options: ProcessOptions = {}, signal?: AbortSignal) =>
    queued(options.lang, signal, ({ api }) => api.process(file, spec, options));

  /**
   * A photo analysed once in the worker, then rendered as often as the person reframes it. A worker restarted
   * since (idle, aborted, a new version) has forgotten it: it is opened again there, by itself.
   */
  function open(file: Blob, options: OpenOptions = {}) {
    let opened: { id: number; worker: Running } | undefined;
    const render = (spec: PhotoSpec, renderOptions: RenderOptions = {}, signal?: AbortSignal) => {
      const lang = renderOptions.lang ?? options.lang;
      return queued(lang, signal, async (running, failure) => {
        for (let tries = 0; tries < 2; tries++) {
          if (opened?.worker !== running) {
            const answer = await running.api.open(file, { ...options, lang });
            if (!answer.ok) return answer;
            opened = { id: answer.id, worker: running };
          }
          const result = await running.api.render(opened.id, spec, { ...renderOptions, lang });
          if (result) return result;
          opened = undefined; // forgotten by the worker (it keeps a few): opened again
        }
        return failure('engine.internal'); // forgotten twice in a row: something else is wrong
      });
    };
    return {
      render,
      /** Lets the worker forget the photo (it keeps two at most anyway). */
      close() {
        if (opened && opened.worker === running) void opened.worker.api.close(opened.id);
        opened = undefined;
      },
    };
  }

  /**
   * The camera dialog's live look at a small frame (transferred). Never waits: undefined at once while a photo or
   * another locate is under way, and undefined on a failure or after `locateMs` (the first call downloads the
   * models), so a live hint can only be late, never in a photo's way. It keeps the worker, not the queue, busy.
   */
  async function locate(frame: ImageBitmap, spec: PhotoSpec): Promise<Located | undefined> {
    if (pending > 0 || locating) {
      frame.close();
      return undefined;
    }
    locating = true;
    aside++;
    clearTimeout(idle);
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const { api, ended } = start();
      const late = new Promise<undefined>(resolve => {
        timer = setTimeout(() => resolve(undefined), locateMs);
      });
      const found = await Promise.race([api.locate(transfer(frame, [frame]), spec), late, ended]);
      return typeof found === 'string' ? undefined : found;
    } catch {
      return undefined;
    } finally {
      clearTimeout(timer);
      locating = false;
      aside--;
      rest();
    }
  }

  return {
    process,
    open,
    locate,
    warmUp: () =>
      enqueue(async () => {
        const { api, ended } = start();
        await Promise.race([api.warmUp(), ended]);
      }),
    /** Whether a worker is up (it holds the decode memory). */
    alive: () => running !== undefined,
    /** Frees the worker now, e.g. when the page is hidden. */
    terminate: stop,
  };
}

export type Engine = ReturnType<typeof makeEngine>;
export type PhotoSession = ReturnType<Engine['open']>;
