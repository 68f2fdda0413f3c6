import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProfile } from '../shared/profiles';
import { launchWithExtension, withGrantedOrigins } from './browser';

const dist = fileURLToPath(new URL('../dist-ext/chrome', import.meta.url));
const form = fileURLToPath(new URL('fixtures/ent/compte-photo.html', import.meta.url));
const franck = readFileSync(new URL('fixtures/photos/franck_01829.jpg', import.meta.url)).toString('base64');
const cap = findProfile('uca')!.photo.maxBytes;

/** A 12 MP phone-like JPEG over 3 MB, made from a fixture: upscaled, with sensor-like noise so it compresses badly. */
const bigPhoto = (page: Page) =>
  page.evaluate(async base64 => {
    const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
    const source = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
    const canvas = new OffscreenCanvas(4000, 3000);
    const context = canvas.getContext('2d')!;
    context.drawImage(source, 0, 0, 4000, 3000);
    const image = context.getImageData(0, 0, 4000, 3000);
    for (let i = 0; i < image.data.length; i++) image.data[i]! += Math.floor(Math.random() * 24) - 12;
    context.putImageData(image, 0, 0);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
    // A data: URL crosses the DevTools protocol as one string, far faster than an array of numbers.
    return new Promise<string>(resolve => {
      const reader = new FileReader();
      reader.onload = () => resolve((reader.result as string).split(',')[1]!);
      reader.readAsDataURL(blob);
    });
  }, franck);

const chosen = (page: Page) =>
  page.$eval('#photo', input => {
    const file = (input as HTMLInputElement).files![0]!;
    return { name: file.name, type: file.type, size: file.size };
  });

describe('the ENT photo form, improved in place', () => {
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    ({ context } = await launchWithExtension(withGrantedOrigins(dist, ['https://ent.uca.fr/*']), 'fr'));
    // Served as the ENT's origin, never the real site.
    await context.route('https://ent.uca.fr/**', route =>
      route.fulfill({ path: form, contentType: 'text/html' }),
    );
    page = await context.newPage();
    page.on('pageerror', error => errors.push(error.message));
    // The grant registers the photo-form script (background/ent-script.ts) for UCA's photo page only.
    const worker = context.serviceWorkers()[0]!;
    const registered = () => worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    for (let i = 0; i < 50 && (await registered()).length === 0; i++) await page.waitForTimeout(100);
    expect((await registered()).map(script => script.matches)).toEqual([['https://ent.uca.fr/compte/*']]);
    await page.goto('https://ent.uca.fr/compte/photo');
  });
  afterAll(() => context?.close());

  it('replaces a 3 MB photo with a compliant JPEG under the cap, and says so', async () => {
    const buffer = Buffer.from(await bigPhoto(page), 'base64');
    expect(buffer.length).toBeGreaterThan(3_000_000);
    await page.setInputFiles('#photo', { name: 'portrait.jpg', mimeType: 'image/jpeg', buffer });
    const report = page.locator('[data-trombine-report]');
    await expect
      .poll(() => report.getByRole('status').textContent(), { timeout: 60_000 })
      .toMatch(/remplace/);
    const file = await chosen(page);
    expect(file).toMatchObject({ name: 'portrait.jpg', type: 'image/jpeg' });
    expect(file.size).toBeLessThanOrEqual(cap);
    // The ENT's own change handler saw our JPEG, not the original.
    expect(await page.textContent('#chosen')).toBe(`portrait.jpg – image/jpeg – ${file.size} octets`);
    const checks = await report.getByRole('listitem').allTextContents();
    expect(checks.length).toBeGreaterThan(0);
    for (const check of checks) expect(check).toMatch(/^(Conforme|À vérifier|Refusé|Non vérifié)\u00a0:/);
    expect((await new AxeBuilder({ page }).include('[data-trombine-report]').analyze()).violations).toEqual(
      [],
    );
  });

  it('keeps the original at a click, and gives the compliant one back', async () => {
    const compliant = await chosen(page);
    await page.getByRole('button', { name: 'Garder ma photo d’origine' }).click();
    const original = await chosen(page);
    expect(original.size).toBeGreaterThan(3_000_000);
    expect(await page.textContent('#chosen')).toContain(`${original.size} octets`);
    expect(await page.locator('[data-trombine-report]').getByRole('status').textContent()).toMatch(
      /d’origine/,
    );
    await page.getByRole('button', { name: 'Utiliser la photo conforme' }).click();
    expect((await chosen(page)).size).toBe(compliant.size);
  });

  it('keeps a photo it cannot read, and says why', async () => {
    const buffer = Buffer.from('not a jpeg');
    await page.setInputFiles('#photo', { name: 'broken.jpg', mimeType: 'image/jpeg', buffer });
    const status = page.locator('[data-trombine-report]').getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/d’origine est gardée/);
    expect(await chosen(page)).toMatchObject({ name: 'broken.jpg', size: 10 });
  });

  it('leaves a file that is not a photo alone', async () => {
    const buffer = Buffer.from('%PDF-1.4');
    await page.setInputFiles('#photo', { name: 'cv.pdf', mimeType: 'application/pdf', buffer });
    expect(await page.textContent('#chosen')).toBe('cv.pdf – application/pdf – 8 octets');
    expect(errors).toEqual([]);
  });
});
