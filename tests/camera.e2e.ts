import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './browser';
import { writeCameraFeed } from './camera-feed';
import { axeViolations, startStudio, watchedPage } from './studio';
import { atStep, fixture } from './wizard';

let studio: Awaited<ReturnType<typeof startStudio>>;
let browser: Browser;
let dark: Browser;
let far: Browser;
let empty: Browser;

beforeAll(async () => {
  studio = await startStudio();
  // A real face in front of Chromium's fake camera: a fixture photo as a .y4m feed, one browser per feed.
  const dir = mkdtempSync(join(tmpdir(), 'trombine-camera-'));
  const plain = studio.browser;
  const face = fixture('photos/franck_02045.jpg');
  // Well placed: its head (2T ≈ 460 of 576 px) drawn at about 1.1 times the oval's height, eyes moved to the middle.
  await writeCameraFeed(plain, face, join(dir, 'face.y4m'), { scale: 0.8, centre: [0.44, 0.5] });
  await writeCameraFeed(plain, face, join(dir, 'dark.y4m'), { light: 0.15 });
  // The same person twice as far: a head of about 150 px, under what a 531 px card needs from a 640 × 480 camera.
  await writeCameraFeed(plain, face, join(dir, 'far.y4m'), { scale: 0.4, centre: [0.47, 0.5] });
  await writeCameraFeed(plain, fixture('compliance/no-face.jpg'), join(dir, 'empty.y4m'));
  const camera = (feed: string) =>
    launchBrowser({
      args: ['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${join(dir, feed)}`],
    });
  [browser, dark, far, empty] = await Promise.all([
    camera('face.y4m'),
    camera('dark.y4m'),
    camera('far.y4m'),
    camera('empty.y4m'),
  ]);
});
afterAll(async () => {
  await Promise.all([browser, dark, far, empty].map(b => b?.close()));
  await studio?.close();
});

/**
 * Camera allowed or not for the page, as the person's answer to the browser's question would be. `noModels`: the
 * face models cannot be downloaded (no service worker either, whose cache would answer instead).
 */
async function sourceStep(
  allowCamera: boolean,
  on = browser,
  noModels = false,
): Promise<{ page: Page; errors: string[] }> {
  const context = await on.newContext({
    locale: 'fr-FR',
    permissions: allowCamera ? ['camera'] : [],
    ...(noModels && { serviceWorkers: 'block' as const }),
  });
  if (noModels) await context.route('**/human/**', route => route.abort());
  const opened = await watchedPage(context, new URL('/photo', studio.base).href);
  await opened.page.getByLabel('Usage interne').check();
  await opened.page.getByRole('button', { name: 'Enregistrer mon choix' }).click();
  await atStep(opened.page, 2);
  return opened;
}

/** The camera dialog opened in front of `on`'s feed, and its live hint. */
async function cameraHint(on = browser) {
  const { page } = await sourceStep(true, on);
  await page.getByRole('button', { name: 'Prendre une photo' }).click();
  return { page, hint: page.getByRole('dialog').getByRole('status') };
}

const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent ?? document.activeElement?.id);

describe('camera on a computer', () => {
  test('the camera opens in a dialog, takes the photo, and the wizard goes on with it', async () => {
    const { page, errors } = await sourceStep(true);
    await page.getByRole('button', { name: 'Prendre une photo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Caméra' });
    await dialog.waitFor();
    const capture = dialog.getByRole('button', { name: 'Prendre la photo' });
    await expect.poll(() => capture.isEnabled()).toBe(true);
    const size = await page.locator('video').evaluate((v: HTMLVideoElement) => [v.videoWidth, v.videoHeight]);
    expect(size).toEqual([640, 480]);
    // A face well placed and evenly lit: once the engine has looked (its models load first), the hint says so,
    // and the oval turns solid green beside it.
    await expect
      .poll(() => dialog.getByRole('status').textContent())
      .toBe('Parfait\u00a0: appuyez sur «\u202fPrendre la photo\u202f».');
    expect(await page.locator('svg.oval').getAttribute('class')).toBe('oval ready');
    expect(await axeViolations(page)).toEqual([]);
    await capture.click();
    await atStep(page, 3);
    expect(await dialog.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Continuer' }).click();
    const preview = page.getByRole('img', { name: 'Aperçu de votre photo recadrée' });
    await preview.waitFor();
    expect(await preview.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([
      413, 531,
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('Escape closes the dialog, stops the camera and gives the focus back', async () => {
    const { page } = await sourceStep(true);
    const take = page.getByRole('button', { name: 'Prendre une photo' });
    await take.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Prendre la photo' }).isEnabled()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await focused(page)).toBe('Prendre une photo');
    const tracks = await page
      .locator('video')
      .evaluate((v: HTMLVideoElement) => (v.srcObject as MediaStream).getTracks().map(t => t.readyState));
    expect(tracks).toEqual(['ended']);
    await page.context().close();
  });

  test('a refused camera leads to the file path, explained, with the focus on it', async () => {
    const { page, errors } = await sourceStep(false);
    await page.getByRole('button', { name: 'Prendre une photo' }).click();
    const alert = page
      .getByRole('alert')
      .filter({ hasText: /^L’accès à la caméra a été refusé\. Choisissez plutôt/ });
    await alert.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('photo-file');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.setInputFiles('#photo-file', fixture('photos/franck_02045.jpg'));
    await atStep(page, 3);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('announced hints change only with the advice: no repeat on every tick', async () => {
    const { page, hint: status } = await cameraHint();
    await expect.poll(() => status.textContent()).toMatch(/^Parfait/);
    // Counts the status's text changes over three seconds (four ticks) of a still picture.
    const changes = await status.evaluate(
      (node: HTMLElement) =>
        new Promise<number>(resolve => {
          let count = 0;
          const watcher = new MutationObserver(records => (count += records.length));
          watcher.observe(node, { childList: true, characterData: true, subtree: true });
          setTimeout(() => (watcher.disconnect(), resolve(count)), 3000);
        }),
    );
    expect(changes).toBe(0);
    await page.context().close();
  });

  test('far from the camera, the live hint asks to come closer', async () => {
    const { page, hint } = await cameraHint(far);
    await expect.poll(() => hint.textContent()).toMatch(/^Approchez-vous/);
    await page.context().close();
  });

  test('with no one in front of the camera, the live hint asks for a face', async () => {
    const { page, hint } = await cameraHint(empty);
    await expect.poll(() => hint.textContent()).toMatch(/^Aucun visage détecté/);
    await page.context().close();
  });

  test('without the face models, the light hint alone shows and the photo is taken all the same', async () => {
    const { page, errors } = await sourceStep(true, browser, true);
    const models = page.waitForRequest(request => new URL(request.url()).pathname.startsWith('/human/'));
    await page.getByRole('button', { name: 'Prendre une photo' }).click();
    await models; // the page did try (spa/analysis), and goes on trying
    const status = page.getByRole('dialog').getByRole('status');
    const general = /^Placez votre visage dans l’ovale, regardez/;
    await expect.poll(() => status.textContent()).toMatch(general);
    await page.waitForTimeout(3000);
    expect(await status.textContent()).toMatch(general);
    expect(await page.getByRole('button', { name: 'Prendre la photo' }).isEnabled()).toBe(true);
    // The photo goes on, framed by the centre, once it has waited its 10 s for them (spa/pages/photo/wizard.ts).
    await page.getByRole('button', { name: 'Prendre la photo' }).click();
    await atStep(page, 3);
    expect(await page.locator('.wizard').getAttribute('data-faces')).toBe('later');
    // The browser logs each of the page's tries at the files this test blocks; nothing else.
    expect(errors.filter(e => e !== 'Failed to load resource: net::ERR_FAILED')).toEqual([]);
    await page.context().close();
  });

  test('in a dark room, the live hint asks for light', async () => {
    const { page, hint } = await cameraHint(dark);
    await expect.poll(() => hint.textContent()).toMatch(/^Image trop sombre/);
    await page.context().close();
  });
});
