import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { downloadList, humanFiles } from '../workers/analyse/assets.mjs';
import { startThrottle } from './net/throttle.mjs';
import { axeViolations, startStudio, watchedPage } from './studio';
import { atStep, choosePhoto, confirmChecks, photos } from './wizard';

let studio: Awaited<ReturnType<typeof startStudio>>;
beforeAll(async () => {
  studio = await startStudio();
});
afterAll(() => studio?.close());

/** The engine's longest time-out (workers/bridge.ts `timeoutMs`): the slow link's download must outlast it. */
const engineTimeoutMs = 60_000;
const path = (exchange: { path: string }) => new URL(exchange.path, 'http://x').pathname;
/** What Chromium needs (the SIMD build of tfjs's wasm), as the page downloads it. */
const needed = downloadList().filter(file => file.simd !== false);

describe('weak links: the face analysis always arrives', () => {
  test('through a cut connection and a link slower than every engine time-out, each byte once', async () => {
    const mesh = [...humanFiles].find(([p]) => p.endsWith('/facemesh.bin'))!;
    // The download takes 80 s at this rate (kbit/s are bits per ms).
    const downKbps = Math.round((needed.reduce((sum, file) => sum + file.wire, 0) * 8) / 80_000);
    const link = await startThrottle({
      target: studio.base,
      downKbps,
      upKbps: downKbps,
      rttMs: 150,
      // A phone losing its signal halfway through the largest model.
      cut: (p, n) => (p === mesh[0] && n === 0 ? Math.round(mesh[1].length / 2) : undefined),
    });
    const context = await studio.newContext({ locale: 'fr-FR' });
    const { page, errors } = await watchedPage(context, `${link.url}/photo`);
    await choosePhoto(page, photos.ok);
    await atStep(page, 3);
    const wizard = page.locator('.wizard');
    expect(await wizard.getAttribute('data-faces')).toBe('later');
    const progress = page.locator('#analysis-progress-text');
    await expect
      .poll(() => progress.textContent())
      .toMatch(/^Analyse du visage\u00a0: [\d,]+\s[kM]o sur [\d,]+\sMo\./);
    expect(await axeViolations(page)).toEqual([]);
    const photo = page.locator('.view img');
    const centred = await photo.getAttribute('style');

    await expect
      .poll(() => wizard.getAttribute('data-faces'), { timeout: 240_000, interval: 1_000 })
      .toBe('done');
    expect(await photo.getAttribute('style')).not.toBe(centred); // framed by the face now, by itself
    expect(await page.locator('.analysis-progress [role="status"]').textContent()).toBe(
      'Analyse du visage prête\u00a0: le cadrage et les vérifications sont mis à jour.',
    );
    await page.getByRole('button', { name: 'Continuer' }).click();
    await confirmChecks(page, photos.ok); // the verdict of a photo whose face was checked

    const fetched = link.exchanges.filter(e => path(e).startsWith('/human/'));
    // Each file once, by the page (nothing by the engine's worker); the cut one taken up from where it stopped, by
    // ranges (Chromium's HTTP cache may check its partial copy with a one-byte range first).
    expect(
      fetched
        .filter(e => !e.range)
        .map(path)
        .sort(),
    ).toEqual(needed.map(file => file.path).sort());
    const meshFetches = fetched.filter(e => path(e) === mesh[0]);
    expect(meshFetches[0]!.cut).toBe(true);
    expect(meshFetches.slice(1).every(e => Number(/^bytes=(\d+)-/.exec(e.range ?? '')?.[1]) > 0)).toBe(true);
    expect(meshFetches.reduce((sum, e) => sum + e.down, 0)).toBeLessThan(mesh[1].length * 1.05); // what was in flight when it dropped
    // Slower than every time-out of the engine, which never gave up on it.
    const lasted = Math.max(...fetched.map(e => e.doneAt ?? 0)) - Math.min(...fetched.map(e => e.at));
    expect(lasted).toBeGreaterThan(engineTimeoutMs);
    expect(errors.filter(e => !/net::ERR_|Failed to load resource/.test(e))).toEqual([]);
    await context.close();
    await link.close();
  }, 300_000);

  test('starts on the image-rights step once the page is loaded, and never again once on the device', async () => {
    const link = await startThrottle({ target: studio.base, downKbps: 20_000, upKbps: 20_000, rttMs: 20 });
    const context = await studio.newContext({ locale: 'fr-FR' });
    const { page, errors } = await watchedPage(context, `${link.url}/photo`);
    await atStep(page, 1);
    const analysis = () => link.exchanges.filter(e => path(e).startsWith('/human/'));
    // Nothing done on the page: the person reads the image-rights text, the download goes on.
    await expect.poll(() => analysis().length, { timeout: 60_000 }).toBe(needed.length);
    const page0 = link.exchanges.find(e => path(e) === '/photo')!;
    expect(Math.min(...analysis().map(e => e.at))).toBeGreaterThanOrEqual(page0.doneAt!);
    await expect.poll(() => analysis().every(e => e.doneAt !== undefined)).toBe(true);

    // A second visit, and a photo: framed by the face at once, from what the device kept.
    link.reset();
    await page.reload();
    await choosePhoto(page, photos.ok);
    await atStep(page, 3);
    expect(await page.locator('.wizard').getAttribute('data-faces')).toBe('done');
    expect(analysis()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
    await link.close();
  });

  test.each([
    ['asks to save data', { saveData: true, effectiveType: '4g' }],
    ['measures a 2G link', { saveData: false, effectiveType: '2g' }],
  ])('waits for the first photo, and says so, when the browser %s', async (_, connection) => {
    const link = await startThrottle({ target: studio.base, downKbps: 20_000, upKbps: 20_000, rttMs: 20 });
    const context = await studio.newContext({ locale: 'fr-FR' });
    // Chromium's Save-Data switch and its link estimate cannot be set from outside: the page is told as it would be.
    await context.addInitScript(
      connection => Object.defineProperty(Navigator.prototype, 'connection', { get: () => connection }),
      connection,
    );
    const { page, errors } = await watchedPage(context, `${link.url}/photo`);
    await atStep(page, 1);
    await page.waitForTimeout(3_000); // the time a prefetch would have started in (the test above: well under 1 s)
    const analysis = () => link.exchanges.filter(e => path(e).startsWith('/human/'));
    expect(analysis()).toEqual([]);
    await page.getByLabel('Usage interne').check();
    await page.getByRole('button', { name: 'Enregistrer mon choix' }).click();
    await atStep(page, 2);
    expect(await page.locator('.analysis-progress').textContent()).toMatch(
      /^Votre navigateur demande d’économiser les données\u00a0: l’analyse du visage \([\d,]+\s[kM]o, une seule fois\)/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await choosePhoto(page, photos.ok);
    await atStep(page, 3);
    await expect.poll(() => page.locator('.wizard').getAttribute('data-faces')).toBe('done');
    expect(analysis().length).toBe(needed.length);
    expect(errors).toEqual([]);
    await context.close();
    await link.close();
  });
});
