import { expose } from 'comlink';
import type { PhotoSpec } from '../../shared/profiles';
import { makeEngine, type ProcessOptions } from '../../workers/bridge';
import { connectMessage } from './protocol';

/**
 * The photo engine for the ENT page's content script. A content script runs with the page's origin and cannot start
 * a worker from the extension; this page, framed invisibly into the ENT page (web_accessible_resources), is of the
 * extension's origin, so it runs the studio's own engine (workers/bridge.ts, its worker, pica's wasm, libheif) under
 * the extension's CSP, and the File crosses over a MessagePort. An offscreen document would be Chrome-only and
 * reachable only through runtime messages, which cannot carry a File.
 */
const engine = makeEngine();
const api = {
  process: (file: Blob, spec: PhotoSpec, options: ProcessOptions) => engine.process(file, spec, options),
};
export type EngineFrameApi = typeof api;

// Serve only pages the person granted to the extension: any site could frame this page, only the ENT gets an answer.
addEventListener('message', async event => {
  const [port] = event.ports;
  if (event.data !== connectMessage || !port || event.source !== parent) return;
  const granted = await chrome.permissions.contains({ origins: [`${event.origin}/*`] });
  if (granted) expose(api, port);
  else port.close();
});
