import { expose } from 'comlink';
import { locate } from './analyse/locate';
import { closeSession, openSession, process, renderFrame } from './process';
import { idleExitMessage } from './protocol';
import { warmUpResize } from './resize/resize';

/**
 * A worker left idle ends itself, so a phone gets its decode memory back even if the page forgot it. The bridge
 * usually terminates it first (10 s); this is the fallback, and it says so before leaving so no call is lost.
 */
const idleExitMs = 12_000;

let idle: ReturnType<typeof setTimeout> | undefined;
let running = 0;

function busy<Args extends unknown[], Result>(task: (...args: Args) => Promise<Result>) {
  return async (...args: Args): Promise<Result> => {
    running++;
    clearTimeout(idle);
    try {
      return await task(...args);
    } finally {
      if (--running === 0)
        idle = setTimeout(() => {
          postMessage({ type: idleExitMessage });
          close();
        }, idleExitMs);
    }
  };
}

/** Compiles what the first photo would otherwise wait for (pica's wasm); safe to call any number of times. */
const warmUp = (): Promise<void> => warmUpResize();

const api = {
  process: busy(process),
  open: busy(openSession),
  render: busy(renderFrame),
  close: closeSession,
  warmUp: busy(warmUp),
  locate: busy(locate),
};
export type PhotoApi = typeof api;

expose(api);
