import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { clearFaults, injectFaults } from '../spa/intake/testing';
import {
  axeViolations,
  controlled,
  receiptId,
  recordAnnouncements,
  sendButton,
  slowUpload,
  startStudio,
} from './studio';
import { choosePhoto, photos, toFraming, toSendStep } from './wizard';

let studio: Awaited<ReturnType<typeof startStudio>>;
beforeAll(async () => {
  studio = await startStudio();
});
afterAll(() => studio?.close());
afterEach(() => clearFaults());

const url = (path: string) => new URL(path, studio.base).href;

/** A visit that leaves the service worker in control, as any second visit finds it. */
async function visited(path = '/', locale = 'fr-FR'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await studio.newContext({ locale });
  const page = await context.newPage();
  await page.goto(url(path));
  await controlled(page);
  return { context, page };
}

// The network is under test here, not the checks: a photo that passes them all ('ok') is the shortest way.
const photo = photos.ok;

/** How many deposits the outbox holds in IndexedDB (spa/upload/store.ts). */
const outboxSize = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('trombine-sending');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
  );

const waitingBanner = (page: Page) => page.getByRole('complementary', { name: /Photos en attente d’envoi/ });

/** A visit that reaches the send step with the 'ok' photo; `before` is how many photos the intake had then. */
async function atSendStep() {
  const { context, page } = await visited('/photo');
  await toSendStep(page, { photo });
  return { context, page, before: (await studio.received()).length };
}

/** « Envoyer » pressed with no network: the photo waits in the outbox, and the banner says so. */
async function sentOffline(context: BrowserContext, page: Page) {
  await context.setOffline(true);
  await sendButton(page).click();
  await waitingBanner(page).waitFor();
}

/** The studio opened again in the same browser, as the person comes back: the outbox is flushed at start. */
async function reopened(context: BrowserContext) {
  const later = await context.newPage();
  await later.goto(url('/'));
  return later;
}

describe('offline', () => {
  test('after one visit the studio opens with no network, on any of its pages', async () => {
    const { context, page } = await visited();
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Que voulez-vous faire\u202f?');
    await page.goto(url('/photo'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Ma photo d’identité');
    const precached = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls = await Promise.all(
        names.map(async name => (await (await caches.open(name)).keys()).map(r => r.url)),
      );
      return urls.flat();
    });
    expect(precached.some(u => u.includes('engine.worker'))).toBe(true);
    expect(precached.filter(u => /heic|libheif|wasm|\/human\//.test(u))).toEqual([]);
    await context.close();
  });

  test('installable: the manifest’s PNG icons are served at their stated sizes, a maskable one among them', async () => {
    const html = await (await fetch(url('/'))).text();
    const manifestPath = /<link rel="manifest" href="([^"]+)"/.exec(html)?.[1];
    const manifest = (await (await fetch(url(manifestPath!))).json()) as {
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    const pngs = manifest.icons.filter(icon => icon.type === 'image/png');
    expect(pngs.map(icon => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of [
      ...pngs,
      { src: /<link rel="apple-touch-icon" href="([^"]+)"/.exec(html)![1]!, sizes: '180x180' },
    ]) {
      const png = Buffer.from(await (await fetch(url(icon.src))).arrayBuffer());
      expect(png.subarray(1, 4).toString('latin1'), icon.src).toBe('PNG');
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
  });

  test('after one visit in English, the English page opens with no network', async () => {
    const { context, page } = await visited('/', 'en-GB');
    await expect.poll(() => page.locator('h1').textContent()).toBe('What would you like to do?');
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('What would you like to do?');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });

  test('after a visit in French only, English is there offline too: its chunk is precached', async () => {
    const { context, page } = await visited();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Read this site in English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('What would you like to do?');
    await context.close();
  });

  test('/api is left to the network: the service worker never answers it', async () => {
    const { context, page } = await visited();
    const answer = await page.evaluate(async () => {
      const response = await fetch('/api/photos/00000000-0000-0000-0000-000000000000');
      return { status: response.status, type: response.headers.get('content-type') };
    });
    expect(answer).toEqual({ status: 404, type: expect.stringMatching(/^application\/json/) });
    // A navigation too: the app shell's fallback would answer it with index.html.
    const navigation = await page.goto(url('/api/photos/00000000-0000-0000-0000-000000000000'));
    expect([navigation?.status(), navigation?.fromServiceWorker()]).toEqual([404, false]);
    await context.setOffline(true);
    expect(
      await page.evaluate(() =>
        fetch('/api/photos/x').then(
          () => 'answered',
          () => 'failed',
        ),
      ),
    ).toBe('failed');
    await context.close();
  });

  test('upload progress still arrives with the service worker in control', async () => {
    const { context, page } = await atSendStep();
    await slowUpload(page, context);
    const announced = await recordAnnouncements(page);
    await sendButton(page).click();
    await receiptId(page);
    expect(
      (await announced()).filter(text => /^Envoi en cours\u00a0: \d+\u00a0%$/.test(text)).length,
    ).toBeGreaterThan(0);
    await context.close();
  });

  test('sent offline: queued and shown, then sent when the network is back, once', async () => {
    const { context, page, before } = await atSendStep();
    await context.setOffline(true);
    await sendButton(page).click();
    await page.locator('.send-status [role="status"]', { hasText: 'Vous êtes hors ligne.' }).waitFor();
    await waitingBanner(page).waitFor();
    expect(await waitingBanner(page).textContent()).toContain('Photos en attente d’envoi\u00a0: 1');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Read this site in English' }).click();
    await page.locator('.send-status [role="status"]', { hasText: 'You are offline.' }).waitFor();
    await page.getByRole('complementary', { name: 'Photos waiting to be sent: 1' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await studio.received()).toHaveLength(before);

    await context.setOffline(false);
    await page.getByText(/^Photo received \(no\. [0-9a-f-]{36}\)/).waitFor();
    await page.getByRole('complementary').waitFor({ state: 'detached' });
    expect(await studio.received()).toHaveLength(before + 1);
    await context.close();
  });

  test('queued, then the tab closed and reopened online: sent at start, once, and said so', async () => {
    const { context, page, before } = await atSendStep();
    await sentOffline(context, page);
    // Reloaded offline: the shell comes from the service worker, the waiting photo from IndexedDB.
    await page.reload();
    await waitingBanner(page).waitFor();
    await page.close();

    await context.setOffline(false);
    const later = await reopened(context);
    await later.getByText(/^Votre photo en attente a été envoyée \(n° [0-9a-f-]{36}\)\.$/).waitFor();
    expect(await waitingBanner(later).count()).toBe(0);
    expect(await studio.received()).toHaveLength(before + 1);
    await context.close();
  });

  test('a tab closed while the upload is under way: the next start sends it, once', async () => {
    const { context, page, before } = await atSendStep();
    injectFaults('delay:4000'); // the first attempt is still on the wire when the tab closes
    await sendButton(page).click();
    // Kept in the outbox before the first byte left: the photo does not depend on this tab any more.
    await expect.poll(() => outboxSize(page)).toBe(1);
    await page.close();

    const later = await reopened(context);
    await later.getByText(/^Votre photo en attente a été envoyée \(n° [0-9a-f-]{36}\)\.$/).waitFor();
    // The delayed first attempt may have reached the intake too: the Idempotency-Key makes both one photo.
    await expect.poll(async () => (await studio.received()).length).toBe(before + 1);
    await new Promise(resolve => setTimeout(resolve, 4500)); // past the delayed attempt's answer
    expect(await studio.received()).toHaveLength(before + 1);
    await context.close();
  });

  test('queued, then refused for good when sent at start: said so, and out of the queue', async () => {
    const { context, page, before } = await atSendStep();
    await sentOffline(context, page);
    await page.close();

    injectFaults('422');
    await context.setOffline(false);
    const later = await reopened(context);
    await later.getByText(/^Votre photo en attente a été refusée par le serveur \(422\)/).waitFor();
    await later.reload();
    expect(await waitingBanner(later).count()).toBe(0);
    expect(await studio.received()).toHaveLength(before);
    await context.close();
  });

  test('a full flow asks nothing of any other origin', async () => {
    const context = await studio.newContext({ locale: 'fr-FR' });
    const requests: string[] = [];
    context.on('request', request => requests.push(request.url()));
    const page = await context.newPage();
    await page.goto(url('/'));
    await controlled(page);
    await page.goto(url('/photo'));
    await toSendStep(page, { photo });
    await sendButton(page).click();
    await receiptId(page);
    await page.goto(url('/mentions-legales'));
    const origin = new URL(studio.base).origin;
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter(u => !u.startsWith(`${origin}/`) && !/^(blob|data):/.test(u))).toEqual([]);
    await context.close();
  });
});

describe('a new version deployed while a page is open', () => {
  /**
   * A page of the old version, open, with one of its chunks (`chunk`: the lazy photo page by default) gone from the
   * server while `gone(documents)` says so (404), `documents` counting the page's loads: what a page finds after a
   * deployment, once the new service worker has taken over. No service worker here, so the route sees the request.
   */
  async function oldPage(
    gone: (documents: number) => boolean,
    path = '/',
    chunk = /\/assets\/Photo-[\w-]+\.js$/,
  ) {
    const context = await studio.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
    const page = await context.newPage();
    let documents = 0;
    page.on('request', request => void (request.isNavigationRequest() && documents++));
    await page.route(chunk, route =>
      gone(documents) ? route.fulfill({ status: 404, body: '' }) : route.continue(),
    );
    await page.goto(url(path));
    await page.locator('h1').waitFor();
    await page.evaluate(() => Object.assign(window, { oldPage: true }));
    const reloaded = () => page.evaluate(() => !('oldPage' in window));
    return { context, page, reloaded, documents: () => documents };
  }
  const photoTitle = (page: Page) => page.locator('h1').textContent();
  const engineWorker = /\/assets\/engine\.worker-[\w-]+\.js$/;

  test('a lazy page of the old version that is gone: one reload opens the new one', async () => {
    const { context, page, reloaded } = await oldPage(documents => documents === 1);
    await page.getByRole('link', { name: 'Ma photo' }).first().click();
    await expect.poll(() => photoTitle(page)).toBe('Ma photo d’identité');
    expect(await reloaded()).toBe(true);
    await context.close();
  });

  test('a lazy page out of reach for good: said once, no reload loop, and « Réessayer » opens it later', async () => {
    let out = true;
    const { context, page, documents } = await oldPage(() => out);
    await page.getByRole('link', { name: 'Ma photo' }).first().click();
    const alert = page.getByRole('alert').filter({ hasText: 'Cette page n’a pas pu s’ouvrir' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Votre photo et vos choix sont gardés sur cet appareil.');
    expect(await axeViolations(page)).toEqual([]);
    expect(documents()).toBe(2); // the page, and one reload
    out = false;
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await expect.poll(() => photoTitle(page)).toBe('Ma photo d’identité');
    await context.close();
  });

  test('the engine’s worker of the old version gone: one reload, then the photo goes through the new one', async () => {
    const { context, page, reloaded } = await oldPage(documents => documents === 1, '/photo', engineWorker);
    await choosePhoto(page, photo);
    await expect.poll(reloaded).toBe(true);
    await toFraming(page, photo);
    await context.close();
  });

  test('an engine out of reach for good: said in seconds, not at the 60 s time-out, and no reload loop', async () => {
    const { context, page, documents } = await oldPage(() => true, '/photo', engineWorker);
    await choosePhoto(page, photo);
    await expect.poll(() => documents()).toBe(2);
    await choosePhoto(page, photo);
    const alert = page.locator('#photo-error[role="alert"]');
    await expect.poll(() => alert.textContent()).toMatch(/^La préparation de la photo a échoué/);
    expect(documents()).toBe(2);
    await context.close();
  });
});
