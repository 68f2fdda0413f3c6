import { wrap, type Remote } from 'comlink';
import type { EngineFrameApi } from '../engine/frame';
import { connectMessage, framePath } from '../engine/protocol';

/**
 * The engine as seen from the ENT page: an invisible extension frame (engine/frame.ts) is added on the first photo
 * and reached over a MessagePort. If it does not answer in time (a page that removes foreign frames, a CSP that
 * blocks them), the caller gets an error instead of waiting forever.
 */
export function engineFrame(timeoutMs = 10_000): () => Promise<Remote<EngineFrameApi>> {
  let connecting: Promise<Remote<EngineFrameApi>> | undefined;
  const connect = () =>
    new Promise<Remote<EngineFrameApi>>((resolve, reject) => {
      const frame = document.createElement('iframe');
      frame.src = chrome.runtime.getURL(framePath);
      frame.hidden = true;
      frame.setAttribute('aria-hidden', 'true');
      frame.tabIndex = -1;
      const timer = setTimeout(() => reject(new Error('engine frame did not load')), timeoutMs);
      frame.addEventListener('load', () => {
        clearTimeout(timer);
        const channel = new MessageChannel();
        frame.contentWindow!.postMessage(connectMessage, new URL(frame.src).origin, [channel.port2]);
        resolve(wrap<EngineFrameApi>(channel.port1));
      });
      document.documentElement.append(frame);
    });
  return () => (connecting ??= connect().catch(error => ((connecting = undefined), Promise.reject(error))));
}
