import { maxFileBytes, type PhotoResult } from '../../shared/engine';
import { formatBytes, translate, type Lang } from '../../shared/i18n';
import type { PhotoSpec } from '../../shared/profiles';
import {
  framePath,
  isToken,
  tokenRequest,
  type Connect,
  type EngineAnswer,
  type EngineRequest,
} from '../engine/protocol';

export type EngineFrame = {
  process: (file: Blob, spec: PhotoSpec, options: { lang: Lang }) => Promise<PhotoResult>;
};

/**
 * The engine as seen from the ENT page: an invisible extension frame (engine/frame.ts) is added on the first photo
 * and reached over a MessagePort, opened with a one-time token from the background (engine/protocol.ts). If it does
 * not answer in time (a page that removes foreign frames, a CSP that blocks them, a token refused), the caller gets
 * an error instead of waiting forever; a frame the page removed since is added again on the next photo.
 */
export function engineFrame(timeoutMs = 10_000): () => Promise<EngineFrame> {
  let connecting: Promise<EngineFrame> | undefined;
  let frame: HTMLIFrameElement | undefined;

  async function connect(): Promise<EngineFrame> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('engine frame did not answer')), timeoutMs);
    });
    const added = document.createElement('iframe');
    try {
      const token: unknown = await Promise.race([chrome.runtime.sendMessage(tokenRequest), late]);
      if (!isToken(token)) throw new Error('no engine token');
      // With use_dynamic_url this is the session's URL of the page; the page itself, once loaded, has the
      // extension's origin. The token goes to that origin and nowhere else: the ENT page can navigate our frame.
      added.src = chrome.runtime.getURL(framePath);
      const { protocol, host } = new URL(chrome.runtime.getURL('/'));
      const origin = `${protocol}//${host}`; // spelled out: URL's origin is "null" for some extension schemes
      added.hidden = true;
      added.setAttribute('aria-hidden', 'true');
      added.tabIndex = -1;
      const { port1, port2 } = new MessageChannel();
      const connect: Connect = { type: 'trombine:engine-connect', token };
      const load = () => added.contentWindow?.postMessage(connect, origin, [port2]);
      added.addEventListener('load', load, { once: true });
      frame?.remove();
      document.documentElement.append((frame = added));
      await Promise.race([ready(port1), late]);
      return client(port1);
    } catch (error) {
      added.remove();
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  return () => {
    if (frame && !frame.isConnected) connecting = undefined; // removed by the page: a new one
    return (connecting ??= connect().catch(error => ((connecting = undefined), Promise.reject(error))));
  };
}

/** Resolves when the frame says it serves the port: the background redeemed the token. */
const ready = (port: MessagePort) =>
  new Promise<void>(resolve => {
    port.addEventListener('message', ({ data }: MessageEvent<EngineAnswer>) => {
      if (data?.type === 'ready') resolve();
    });
    port.start();
  });

/** Requests over the port, each answered by its id; a file the frame would not take is answered here. */
function client(port: MessagePort): EngineFrame {
  const waiting = new Map<number, (result: PhotoResult) => void>();
  let next = 0;
  port.addEventListener('message', ({ data }: MessageEvent<EngineAnswer>) => {
    if (data?.type !== 'result') return;
    waiting.get(data.id)?.(data.result);
    waiting.delete(data.id);
  });
  return {
    process: (file, spec, { lang }) => {
      if (file.size > maxFileBytes) {
        const message = translate(lang, 'engine.file.too_large', { size: formatBytes(lang, file.size) });
        return Promise.resolve({ ok: false, error: { code: 'file.too_large', message } });
      }
      const id = next++;
      const request: EngineRequest = { type: 'process', id, file, spec, options: { lang } };
      return new Promise(resolve => {
        waiting.set(id, resolve);
        port.postMessage(request);
      });
    },
  };
}
