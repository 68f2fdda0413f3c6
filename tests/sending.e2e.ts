import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { clearFaults, injectFaults, pendingFaults } from '../spa/intake/testing';
import {
  axeViolations,
  receiptId,
  recordAnnouncements,
  sendButton,
  slowUpload,
  startStudio,
  watchedPage,
} from './studio';
import { atStep, photos, toSendStep } from './wizard';

let studio: Awaited<ReturnType<typeof startStudio>>;
beforeAll(async () => {
  studio = await startStudio();
});
afterAll(() => studio?.close());
afterEach(() => clearFaults());

async function openPhoto(): Promise<{ page: Page; errors: string[] }> {
  const context = await studio.newContext({ locale: 'fr-FR' });
  // A failed attempt logs "Failed to load resource" in the console: expected here, other errors are not.
  const { page, errors } = await watchedPage(
    context,
    new URL('/photo', studio.base).href,
    /Failed to load resource/,
  );
  // The network is under test here, not the checks: a photo that passes them all ('ok') is the shortest way.
  await toSendStep(page, { photo: photos.ok });
  return { page, errors };
}

/** Sends and waits for the receipt; the intake must then hold exactly one more photo. */
async function sendOnce(page: Page): Promise<string> {
  const before = (await studio.received()).length;
  await sendButton(page).click();
  await atStep(page, 6); // the wizard follows the deposit from the press on
  const id = await receiptId(page);
  expect(pendingFaults(), 'every injected fault was played').toBe(0);
  const after = await studio.received();
  expect(after).toHaveLength(before + 1);
  expect(after.map(deposit => deposit.id)).toContain(id);
  return id;
}

describe('sending survives the network', () => {
  test('progress is shown and announced by quarters, without an accessibility violation', async () => {
    const { page, errors } = await openPhoto();
    await slowUpload(page, page.context());
    const announced = await recordAnnouncements(page);
    await sendButton(page).click();
    await page.locator('.send-status progress').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await receiptId(page);
    const texts = await announced();
    expect(
      texts.some(text => /^Envoi en cours\u00a0: (25|50|75)\u00a0%$/.test(text)),
      texts.join(' | '),
    ).toBe(true);
    expect(texts.at(-1)).toMatch(/^Photo reçue/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('two 500s, then success: one photo', async () => {
    const { page, errors } = await openPhoto();
    injectFaults('500x2');
    await sendOnce(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a connection cut mid-body, and a receipt lost on the way back: retried, one photo each', async () => {
    const { page, errors } = await openPhoto();
    injectFaults('cut');
    await sendOnce(page);
    await page.context().close();

    const again = await openPhoto();
    injectFaults('drop');
    await sendOnce(again.page);
    expect([...errors, ...again.errors]).toEqual([]);
    await again.page.context().close();
  });

  test('429 with Retry-After: the next attempt waits that long', async () => {
    const { page } = await openPhoto();
    const posts: number[] = [];
    page.on('request', request => request.method() === 'POST' && posts.push(Date.now()));
    injectFaults('429:2');
    await sendOnce(page);
    expect(posts).toHaveLength(2);
    expect(posts[1]! - posts[0]!).toBeGreaterThanOrEqual(1900);
    await page.context().close();
  });

  test('the review’s outcome is followed: validated, or rejected with its reason', async () => {
    const { page } = await openPhoto();
    const id = await sendOnce(page);
    await page.getByText('Statut\u00a0: En attente de vérification.').waitFor();
    await studio.review(id, { status: 'validated', reasonCodes: [] });
    await page.getByText('Statut\u00a0: Validée.').waitFor({ timeout: 15_000 });
    await page.context().close();

    const second = await openPhoto();
    const rejected = await sendOnce(second.page);
    await studio.review(rejected, { status: 'rejected', reason: 'photo coupée', reasonCodes: [] });
    await second.page
      .getByText('Statut\u00a0: Refusée. Motif\u00a0: photo coupée')
      .waitFor({ timeout: 15_000 });
    expect(await axeViolations(second.page)).toEqual([]);
    await second.page.context().close();
  });

  test('a photo the server refuses for good is said so, in an alert', async () => {
    const { page } = await openPhoto();
    const before = (await studio.received()).length;
    injectFaults('422');
    await sendButton(page).click();
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'refusé' }).textContent())
      .toMatch(/\(422\)/);
    expect(await studio.received()).toHaveLength(before);
    expect(await page.getByRole('button', { name: 'Réessayer maintenant' }).isEnabled()).toBe(true);
    await page.context().close();
  });
});
