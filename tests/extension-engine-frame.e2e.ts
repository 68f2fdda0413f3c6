import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { framePath } from '../extension/engine/protocol';
import { findProfile } from '../shared/profiles';
import { launchWithExtension, withGrantedOrigins } from './browser';

const dist = fileURLToPath(new URL('../dist-ext/chrome', import.meta.url));
const form = fileURLToPath(new URL('fixtures/ent/compte-photo.html', import.meta.url));
const photo = readFileSync(new URL('fixtures/photos/franck_01829.jpg', import.meta.url));
const spec = findProfile('uca')!.photo;
/** How long an answer may take to count as none: the real frame answers its own content script in well under it. */
const silenceMs = 3000;

const improved = async (page: Page, name: string) => {
  await page.setInputFiles('#photo', { name, mimeType: 'image/jpeg', buffer: photo });
  await expect
    .poll(() => page.locator('[data-trombine-report]').getByRole('status').textContent(), { timeout: 60_000 })
    .toMatch(/remplace/);
};

/**
 * A script of the ENT page (or an XSS on it), in the page's own world: it frames the engine page itself, at the
 * address our content script's frame shows and at the extension's fixed one, and posts every message it can think
 * of to those frames and to ours, each with a port. Resolves with whatever came back, on any port or to the page.
 */
const hostile = (page: Page, extensionId: string) =>
  page.evaluate(
    async ({ extensionId, framePath, spec, silenceMs }) => {
      const heard: string[] = [];
      addEventListener('message', event => heard.push(`window: ${JSON.stringify(event.data)}`));
      const ours = document.querySelector<HTMLIFrameElement>('iframe[src^="chrome-extension:"]');
      if (!ours) throw new Error('the content script added no frame');
      const frameAt = (src: string) =>
        new Promise<HTMLIFrameElement>(resolve => {
          const frame = document.createElement('iframe');
          frame.src = src;
          frame.addEventListener('load', () => resolve(frame), { once: true });
          document.body.append(frame);
        });
      const frames = [
        ours,
        await frameAt(ours.src),
        await frameAt(`chrome-extension://${extensionId}/${framePath}`),
      ];
      const madeUp = 'ab'.repeat(32);
      const file = new Blob([new Uint8Array(64)], { type: 'image/jpeg' });
      const messages: unknown[] = [
        'trombine:engine-connect', // what the content script posted before tokens
        { type: 'trombine:engine-connect' },
        { type: 'trombine:engine-connect', token: madeUp },
        { type: 'trombine:engine-connect', token: '' },
        JSON.parse(`{"type":"trombine:engine-connect","token":"${madeUp}","__proto__":{"polluted":true}}`),
        { type: 'trombine:engine-redeem', token: madeUp, origin: location.origin },
        { type: 'process', id: 0, file, spec, options: { lang: 'fr' } },
        // comlink's own wire messages: read, call and set anything by path, the prototype included
        { id: 'a', type: 'GET', path: ['process'] },
        { id: 'b', type: 'APPLY', path: ['process'], argumentList: [] },
        { id: 'c', type: 'SET', path: ['__proto__', 'polluted'], value: { type: 'RAW', value: true } },
        { id: 'd', type: 'GET', path: ['constructor', 'constructor'] },
      ];
      for (const [f, frame] of frames.entries())
        for (const [m, message] of messages.entries()) {
          const { port1, port2 } = new MessageChannel();
          port1.onmessage = event => heard.push(`frame ${f}, message ${m}: ${JSON.stringify(event.data)}`);
          // What comlink would do next on a port it believes exposed, and a request on a port never served.
          port1.postMessage({ id: 'e', type: 'GET', path: [] });
          port1.postMessage({ type: 'process', id: 1, file, spec, options: { lang: 'fr' } });
          frame.contentWindow!.postMessage(message, '*', [port2]);
        }
      await new Promise(resolve => setTimeout(resolve, silenceMs));
      return {
        heard,
        // The page cannot even ask the background for a token: no runtime of ours in its world.
        runtime: typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime
          ?.sendMessage,
        polluted: (Object.prototype as { polluted?: unknown }).polluted,
        posted: messages.length, // to each frame
      };
    },
    { extensionId, framePath, spec, silenceMs },
  );

/**
 * Runs in the extension's isolated world of the ENT tab, as our content script does: gets a token from the
 * background, then opens one engine frame after another with that same token. Says which frames answered.
 */
const sameTokenTwice = (worker: Worker) =>
  worker.evaluate(
    async ({ framePath, silenceMs }) => {
      const [tab] = await chrome.tabs.query({ url: 'https://ent.uca.fr/compte/*' });
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        args: [framePath, silenceMs],
        func: async (framePath: string, silenceMs: number) => {
          const token: unknown = await chrome.runtime.sendMessage('trombine:engine-token');
          const open = () =>
            new Promise<string>(resolve => {
              const frame = document.createElement('iframe');
              frame.src = chrome.runtime.getURL(framePath);
              const { port1, port2 } = new MessageChannel();
              port1.onmessage = event => resolve(JSON.stringify(event.data));
              setTimeout(() => resolve('no answer'), silenceMs);
              frame.addEventListener('load', () => {
                const connect = { type: 'trombine:engine-connect', token };
                frame.contentWindow!.postMessage(connect, new URL(chrome.runtime.getURL('/')).origin, [
                  port2,
                ]);
              });
              document.body.append(frame);
            });
          return { token, first: await open(), second: await open() };
        },
      });
      return injection!.result as { token: unknown; first: string; second: string };
    },
    { framePath, silenceMs },
  );

describe('the engine frame, framed by the ENT page itself', () => {
  let context: BrowserContext;
  let worker: Worker;
  let page: Page;
  let id: string;
  const errors: string[] = [];

  beforeAll(async () => {
    ({ context, id } = await launchWithExtension(withGrantedOrigins(dist, ['https://ent.uca.fr/*']), 'fr'));
    await context.route('https://ent.uca.fr/**', route =>
      route.fulfill({ path: form, contentType: 'text/html' }),
    );
    worker = context.serviceWorkers()[0]!;
    const registered = () => worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    page = await context.newPage();
    // Registered at install (background/ent-script.ts), which takes a while on a busy machine.
    for (let i = 0; i < 200 && (await registered()).length === 0; i++) await page.waitForTimeout(100);
    expect(await registered()).toHaveLength(1);
    page.on('pageerror', error => errors.push(error.message));
    await page.goto('https://ent.uca.fr/compte/photo');
  });
  afterAll(() => context?.close());

  it('frames the engine at a per-session address, with the extension’s own origin once loaded', async () => {
    await improved(page, 'portrait.jpg');
    const src = await page.$eval(
      'iframe[src^="chrome-extension:"]',
      frame => (frame as HTMLIFrameElement).src,
    );
    expect(src).toMatch(new RegExp(`^chrome-extension://[0-9a-f-]{36}/${framePath}$`));
    expect(src).not.toContain(id);
    expect(page.frames().map(frame => frame.url())).toContain(`chrome-extension://${id}/${framePath}`);
  });

  it('answers nothing to a script of the page, whatever it posts and wherever it frames it', async () => {
    // Our frame counts what reaches it: the silence below is the frame's, not messages lost on the way.
    const engine = page.frames().find(frame => frame.url() === `chrome-extension://${id}/${framePath}`)!;
    await engine.evaluate(() => {
      const counted = globalThis as { received?: number };
      counted.received = 0;
      addEventListener('message', () => counted.received!++);
    });
    const { heard, runtime, polluted, posted } = await hostile(page, id);
    expect(await engine.evaluate(() => (globalThis as { received?: number }).received)).toBe(posted);
    expect(heard).toEqual([]);
    expect(runtime).toBe('undefined');
    expect(polluted).toBeUndefined();
  });

  it('still improves a photo for the content script afterwards', async () => {
    await improved(page, 'encore.jpg');
    expect(errors).toEqual([]);
  });

  it('serves a port for a token once, and never again for the same token', async () => {
    const { token, first, second } = await sameTokenTwice(worker);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(first).toBe('{"type":"ready"}');
    expect(second).toBe('no answer');
  });

  it('redeems a token only for the engine page, and gives none to another page of the extension', async () => {
    const [injection] = await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://ent.uca.fr/compte/*' });
      return chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        func: async () => {
          const token: unknown = await chrome.runtime.sendMessage('trombine:engine-token');
          const redeem = { type: 'trombine:engine-redeem', token, origin: location.origin };
          return chrome.runtime.sendMessage(redeem);
        },
      });
    });
    expect(injection!.result).toBe(false);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options/index.html`);
    expect(await options.evaluate(() => chrome.runtime.sendMessage('trombine:engine-token'))).toBeNull();
    await options.close();
  });
});
