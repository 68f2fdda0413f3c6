import { makeEngine } from '../../workers/bridge';
import { parseConnect, parseRequest, readyAnswer, type Redeem, type ResultAnswer } from './protocol';

/**
 * The photo engine for the ENT page's content script. A content script runs with the page's origin and cannot start
 * a worker from the extension; this page, framed invisibly into the ENT page (web_accessible_resources), is of the
 * extension's origin, so it runs the studio's own engine (workers/bridge.ts, its worker, pica's wasm, libheif) under
 * the extension's CSP, and the File crosses over a MessagePort. An offscreen document would be Chrome-only and
 * reachable only through runtime messages, which cannot carry a File.
 *
 * Any script of the ENT page can frame this page and post to it, so it serves a port only once the background has
 * redeemed the one-time token our content script got from it, and on that port only engine/protocol.ts's requests:
 * no object of this page is reachable from outside. Anything else goes unanswered.
 */
const engine = makeEngine();

function serve(port: MessagePort) {
  port.addEventListener('message', async ({ data }) => {
    const request = parseRequest(data);
    if (!request) return;
    const { id, file, spec, options } = request;
    // The bridge answers every failure of the engine's own; a rejection is its messaging failing under it, which the
    // content script's own time-out reports.
    const result = await engine.process(file, spec, options).catch(() => undefined);
    if (result) port.postMessage({ type: 'result', id, result } satisfies ResultAnswer);
  });
  port.start();
  port.postMessage(readyAnswer);
}

addEventListener('message', async event => {
  const connect = parseConnect(event.data);
  const [port] = event.ports;
  if (!connect || !port || event.ports.length !== 1 || event.source !== parent) return;
  const redeemed: unknown = await chrome.runtime
    .sendMessage({
      type: 'trombine:engine-redeem',
      token: connect.token,
      origin: event.origin,
    } satisfies Redeem)
    .catch(() => false);
  if (redeemed === true) serve(port);
  else port.close();
});
