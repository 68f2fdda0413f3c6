import { expose } from 'comlink';
import { process } from './process';
import { warmUpResize } from './resize/resize';

/** Compiles what the first photo would otherwise wait for (pica's wasm); safe to call any number of times. */
async function warmUp(): Promise<void> {
  await warmUpResize();
}

const api = { process, warmUp };
export type PhotoApi = typeof api;

expose(api);
