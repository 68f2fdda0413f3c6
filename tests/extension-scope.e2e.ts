import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, withGrantedOrigins } from './browser';

const dist = fileURLToPath(new URL('../dist-ext/chrome', import.meta.url));
const form = readFileSync(new URL('fixtures/ent/compte-photo.html', import.meta.url), 'utf8');
const photo = readFileSync(new URL('fixtures/photos/franck_01829.jpg', import.meta.url));
/** The ENT's photo form with a second image input beside the photo one, as a page with a CV or a document has. */
const withOtherInput = form.replace(
  '<button type="submit">',
  '<label for="other">Pièce justificative</label><input id="other" type="file" accept="image/*" />\n<button type="submit">',
);

const chosenSize = (page: Page, selector: string) =>
  page.$eval(selector, input => (input as HTMLInputElement).files![0]!.size);

/**
 * In the extension's isolated world of the ENT tab at `url` (what our content script, or anything that subverts it,
 * could do there): ask the background for the page's photo rules, or read and write storage. The functions are
 * written here, not passed in: the service worker's CSP allows no eval.
 */
function inContentWorld(worker: Worker, url: string, what: 'ask' | 'storage'): Promise<unknown> {
  return worker.evaluate(
    async ({ url, what }) => {
      const [tab] = await chrome.tabs.query({ url });
      const ask = () => chrome.runtime.sendMessage('trombine:ent-page');
      const storage = () =>
        Promise.all([
          chrome.storage.local.get(null).then(
            () => 'read',
            (error: Error) => error.message,
          ),
          chrome.storage.sync.set({ profile: 'evil' }).then(
            () => 'written',
            (error: Error) => error.message,
          ),
        ]);
      const [result] = await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        func: what === 'ask' ? ask : storage,
      });
      return result!.result;
    },
    { url, what },
  );
}

describe('the photo-form helper stays on the photo page and its photo input', () => {
  let context: BrowserContext;
  let worker: Worker;
  let page: Page;
  const errors: string[] = [];
  const registered = () => worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());

  beforeAll(async () => {
    ({ context } = await launchWithExtension(withGrantedOrigins(dist, ['https://ent.uca.fr/*']), 'fr'));
    await context.route('https://ent.uca.fr/**', route =>
      route.fulfill({ body: withOtherInput, contentType: 'text/html' }),
    );
    worker = context.serviceWorkers()[0]!;
    page = await context.newPage();
    page.on('pageerror', error => errors.push(error.message));
    for (let i = 0; i < 100 && (await registered()).length === 0; i++) await page.waitForTimeout(100);
  });
  afterAll(() => context?.close());

  it('is registered for the photo page UCA’s profile names, not the whole ENT', async () => {
    expect((await registered()).map(script => script.matches)).toEqual([['https://ent.uca.fr/compte/*']]);
  });

  it('improves the photo input, and leaves the other image input of the page alone', async () => {
    await page.goto('https://ent.uca.fr/compte/photo');
    const buffer = Buffer.from(photo);
    await page.setInputFiles('#other', { name: 'justificatif.jpg', mimeType: 'image/jpeg', buffer });
    await page.setInputFiles('#photo', { name: 'portrait.jpg', mimeType: 'image/jpeg', buffer });
    const report = page.locator('[data-trombine-report]');
    await expect
      .poll(() => report.getByRole('status').textContent(), { timeout: 60_000 })
      .toMatch(/remplace/);
    expect(await report.count()).toBe(1);
    expect(await page.$eval('[data-trombine-report]', node => node.previousElementSibling?.id)).toBe('photo');
    expect(await chosenSize(page, '#other')).toBe(photo.length);
    expect(await chosenSize(page, '#photo')).not.toBe(photo.length);
  });

  it('does nothing on another page of the ENT', async () => {
    await page.goto('https://ent.uca.fr/actualites/photo');
    await page.setInputFiles('#photo', { name: 'portrait.jpg', mimeType: 'image/jpeg', buffer: photo });
    // On the photo page the report shows as soon as the file is chosen; here nothing may come.
    await page.waitForTimeout(2000);
    expect(await page.locator('[data-trombine-report]').count()).toBe(0);
    expect(await chosenSize(page, '#photo')).toBe(photo.length);
  });

  it('gives a content script the photo rules on the photo page only, and no storage at all', async () => {
    await page.goto('https://ent.uca.fr/compte/photo');
    expect(await inContentWorld(worker, 'https://ent.uca.fr/compte/*', 'ask')).toMatchObject({
      input: 'input[type="file"][name="photo"]',
      photo: { width: 413, height: 531 },
    });
    const other = await context.newPage();
    await other.goto('https://ent.uca.fr/actualites/');
    expect(await inContentWorld(worker, 'https://ent.uca.fr/actualites/*', 'ask')).toBeNull();
    await other.close();
    const [local, sync] = (await inContentWorld(
      worker,
      'https://ent.uca.fr/compte/*',
      'storage',
    )) as string[];
    expect(local).toMatch(/not allowed/i);
    expect(sync).toMatch(/not allowed/i);
    expect(await worker.evaluate(() => chrome.storage.sync.get('profile'))).toEqual({ profile: 'uca' });
  });

  it('is unregistered when the chosen profile names no photo form', async () => {
    await worker.evaluate(() => chrome.storage.sync.set({ profile: 'poitiers' }));
    await expect.poll(registered).toEqual([]);
    await worker.evaluate(() => chrome.storage.sync.set({ profile: 'uca' }));
    await expect.poll(async () => (await registered()).length).toBe(1);
    expect(errors).toEqual([]);
  });
});
