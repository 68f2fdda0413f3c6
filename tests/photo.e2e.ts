import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { humanBase } from '../workers/analyse/assets.mjs';
import { axeViolations, startStudio, watchedPage } from './studio';
import { fixture, photos, toSendStep } from './wizard';

let studio: Awaited<ReturnType<typeof startStudio>>;
beforeAll(async () => {
  studio = await startStudio();
});
afterAll(() => studio?.close());

/** A page that fails the test on any console error, CSP violation included. */
const openPage = async (path: string) =>
  watchedPage(await studio.newContext({ locale: 'fr-FR' }), new URL(path, studio.base).href);

/** The wizard's first step, at a first deposit: image rights (the internal use only). */
async function passConsent(page: Page): Promise<void> {
  await page.getByLabel('Usage interne').check();
  await page.getByRole('button', { name: 'Enregistrer mon choix' }).click();
  await page.locator('#photo-file').waitFor();
}

/** Goes on from the framing step, waits for the cropped photo's preview and gives its size in pixels. */
async function previewSize(page: Page): Promise<number[]> {
  await page.getByRole('button', { name: 'Continuer' }).click();
  const image = page.getByRole('img', { name: 'Aperçu de votre photo recadrée' });
  await image.waitFor();
  return image.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
}

describe('studio, as npm start serves it', () => {
  test('serves a strict Content-Security-Policy', async () => {
    const response = await fetch(studio.base);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await response.text()).toContain('http-equiv="Content-Security-Policy"');
  });

  test('caches like a CDN: hashed assets and versioned models for a year, the page revalidated, WASM compressed', async () => {
    const get = (path: string, headers: Record<string, string> = {}) =>
      fetch(new URL(path, studio.base), { headers: { 'accept-encoding': 'br, gzip', ...headers } });
    const asset = readdirSync(join(import.meta.dirname, '../dist/assets')).find(name =>
      name.endsWith('.js'),
    )!;
    expect((await get(`/assets/${asset}`)).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get(`${humanBase}models/facemesh.json`)).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const path of ['/', '/sw.js', '/manifest.webmanifest'])
      expect([path, (await get(path)).headers.get('cache-control')]).toEqual([path, 'no-cache']);
    const wasm = await get(`${humanBase}wasm/tfjs-backend-wasm-simd.wasm`);
    expect(wasm.headers.get('content-encoding')).toBe('br');
    expect(Number(wasm.headers.get('content-length'))).toBeLessThan(424_594 / 2);
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    const etag = wasm.headers.get('etag')!;
    expect(
      (await get(`${humanBase}wasm/tfjs-backend-wasm-simd.wasm`, { 'if-none-match': etag })).status,
    ).toBe(304);
    const gzip = await get(`${humanBase}wasm/tfjs-backend-wasm-simd.wasm`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    // The intake keeps its own: nothing of a person's deposit is kept by a cache.
    expect((await get('/api/photos/none')).headers.get('cache-control')).toBe('no-store');
    // A model cut short is taken up where it stopped (spa/analysis/download.ts).
    const part = await get(`${humanBase}models/facemesh.bin`, { range: 'bytes=1000-1999' });
    expect([part.status, (await part.arrayBuffer()).byteLength]).toEqual([206, 1000]);
    expect((await get(`${humanBase}human.esm.js`)).headers.get('content-encoding')).toMatch(/^(br|gzip)$/);
  });

  test('npm run dev compresses what it serves, and keeps the versioned models for a year', async () => {
    const dev = await createServer({
      configLoader: 'runner',
      mode: 'development',
      logLevel: 'warn',
      server: { port: 0, strictPort: false, hmr: false },
    });
    await dev.listen();
    try {
      const get = (path: string) =>
        fetch(new URL(path, dev.resolvedUrls!.local[0]), { headers: { 'accept-encoding': 'br, gzip' } });
      for (const path of ['/main.tsx', `${humanBase}models/facemesh.json`, `${humanBase}human.esm.js`])
        expect([path, (await get(path)).headers.get('content-encoding')]).toEqual([path, 'br']);
      const wasm = await get(`${humanBase}wasm/tfjs-backend-wasm-simd.wasm`);
      expect([wasm.headers.get('content-encoding'), wasm.headers.get('cache-control')]).toEqual([
        'br',
        'public, max-age=31536000, immutable',
      ]);
      expect((await wasm.arrayBuffer()).byteLength).toBe(424_594); // decoded whole
      expect((await get('/')).headers.get('cache-control')).toBe('no-cache');
    } finally {
      await dev.close();
    }
  });

  test('the hub lists the demo profile’s tasks, in French, without an accessibility violation', async () => {
    const { page, errors } = await openPage('/');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Que voulez-vous faire\u202f?');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.locator('a[href="/photo"]').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Read this site in English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('What would you like to do?');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a photo chosen from disk goes through the worker to the intake', async () => {
    const { page, errors } = await openPage('/photo');
    // A real phone photo, with the warning most of them get (its blue backdrop reads as a dark wall): the flow a
    // student meets, warnings acknowledged on the way.
    await toSendStep(page, { photo: photos.warnings });
    const preview = page.getByRole('img', { name: 'Aperçu de votre photo recadrée' });
    expect(await preview.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([
      413, 531,
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
    const receipt = page.getByText(/^Photo reçue \(n° [0-9a-f-]{36}\)/);
    await receipt.waitFor();
    const id = /n° ([0-9a-f-]{36})/.exec((await receipt.textContent())!)![1]!;

    const [deposit, ...others] = await studio.received();
    expect(others).toEqual([]);
    expect(deposit).toMatchObject({ id, status: 'pending_review', owner: 'cmartin' });
    const photo = await studio.jpeg(id);
    expect([...photo.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(photo.length).toBeLessThanOrEqual(60_000);
    expect(deposit!.meta.consent.choices).toEqual(['internal']);
    expect(deposit!.meta.checks).toMatchObject({ verdict: 'warnings', failed: [] });
    expect(deposit!.meta.checks.warned).toContain('background.colour');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a file that is not a photo gets a French message saying what to do', async () => {
    const { page } = await openPage('/photo');
    await passConsent(page);
    await page.setInputFiles('#photo-file', fixture('formats/photo.tiff'));
    const alert = page.locator('#photo-error[role="alert"]');
    await expect.poll(() => alert.textContent()).not.toBe('');
    expect(await alert.textContent()).toMatch(/TIFF.*Exportez-la en JPEG/);
    expect(await page.getAttribute('#photo-file', 'aria-invalid')).toBe('true');
    await page.context().close();
  });

  test('an iPhone HEIC photo is decoded in the browser, under the strict CSP', async () => {
    const { page, errors } = await openPage('/photo');
    await passConsent(page);
    await page.setInputFiles('#photo-file', fixture('formats/franck.heic'));
    expect(await previewSize(page)).toEqual([413, 531]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the legal page names the HEIC decoder’s LGPL licence and where its source is', async () => {
    const { page, errors } = await openPage('/mentions-legales');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mentions légales');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('LGPL-3.0');
    expect(await page.locator('a[href="https://github.com/strukturag/libheif"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
