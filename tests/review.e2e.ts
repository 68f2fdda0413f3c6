import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Meta, StatusAnswer } from '../shared/upload';
import { studioJpeg, validMeta } from '../spa/intake/testing';
import { axeViolations, people, startStudio, tabTo, watchedPage, type DemoPerson } from './studio';

let studio: Awaited<ReturnType<typeof startStudio>>;

/** Five people deposit, oldest first: three all green, two with points to look at; one staff member among them. */
const alice = { login: 'amoreau', name: 'Alice Moreau' };
const louis = { login: 'lpetit', name: 'Louis Petit' };
const nina = { login: 'nrobert', name: 'Nina Robert' };
const warned = (ids: string[]): Partial<Meta> => ({
  checks: { verdict: 'warnings', failed: [], warned: ids },
});
const deposits: [DemoPerson, Partial<Meta>][] = [
  [alice, {}],
  [people.student, warned(['light.exposure', 'background.uniform'])],
  [people.staff, { role: 'staff', certified: true }],
  [louis, {}],
  [nina, warned(['face.pose'])],
];
const ids: string[] = [];

/** A deposit as the studio sends it, straight to the intake, without the wizard. */
async function deposit(person: DemoPerson, change: Partial<Meta>): Promise<string> {
  const context = await studio.newContext({}, person);
  try {
    const answer = await context.request.post(new URL('/api/photos', studio.base).href, {
      headers: { 'Idempotency-Key': randomUUID() },
      multipart: {
        photo: { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await studioJpeg()) },
        meta: JSON.stringify({ ...validMeta(), ...change }),
      },
    });
    expect(answer.status(), await answer.text()).toBe(201);
    return ((await answer.json()) as { id: string }).id;
  } finally {
    await context.close();
  }
}

/** What the person who sent it reads of a deposit's status. */
async function statusOf(person: DemoPerson, id: string): Promise<StatusAnswer> {
  const context = await studio.newContext({}, person);
  const answer = await context.request.get(new URL(`/api/photos/${id}`, studio.base).href);
  const status = (await answer.json()) as StatusAnswer;
  await context.close();
  return status;
}

beforeAll(async () => {
  studio = await startStudio();
  for (const [person, change] of deposits) ids.push(await deposit(person, change));
});
afterAll(() => studio?.close());

/**
 * The review page as `person` (the office unless told), with every console error but a refused request kept. No
 * service worker: requests it sees, page.route does not, and the review page needs none.
 */
async function openReview(locale = 'fr-FR', person: DemoPerson | null = people.reviewer) {
  const context = await studio.newContext({ locale, serviceWorkers: 'block' }, person);
  const watched = await watchedPage(context, new URL('/revue', studio.base).href, /Failed to load resource/);
  return { ...watched, context };
}

const shown = (page: Page) => page.locator('#review-current');
const said = (page: Page) => page.locator('.review-said');
const listed = (page: Page) => page.locator('.review-list button strong').allTextContents();
const counts = (page: Page) => page.locator('.review-counts li').allTextContents();
/** What has focus: its id, else its tag and its value (an input) or its text (a button). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el?.id || `${el?.tagName.toLowerCase()}:${el?.value || el?.textContent}`;
  });
const reasonsTicked = (page: Page) =>
  page.$$eval('#review-refusal input[name=code]', inputs =>
    (inputs as HTMLInputElement[]).filter(input => input.checked).map(input => input.value),
  );
async function lightAndDark(page: Page) {
  expect(await axeViolations(page), 'light').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page), 'dark').toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
}
const close = (context: BrowserContext) => context.close();

describe('who may review', () => {
  test('signed out: a message and a sign-in link that comes back to /revue', async () => {
    const { page, errors, context } = await openReview('fr-FR', null);
    await page.getByText('Connectez-vous avec le compte du service de la scolarité').waitFor();
    const link = page.getByRole('link', { name: 'Se connecter', exact: true }).last();
    expect(await link.getAttribute('href')).toBe('/connexion?retour=/revue');
    await link.click();
    await page.getByRole('button', { name: /Service de la scolarité/ }).click();
    await expect.poll(() => shown(page).textContent()).toBe('Photo de Alice Moreau');
    expect(new URL(page.url()).pathname).toBe('/revue');
    expect(errors).toEqual([]);
    await close(context);
  });

  test('a student: told the page is the office’s, no photo, no link to it, 403 from the API', async () => {
    const { page, errors, context } = await openReview('fr-FR', people.student);
    await page.getByText('Cette page est réservée au service de la scolarité').waitFor();
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('.review-list').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Vérifier les photos' }).count()).toBe(0);
    const api = await context.request.get(new URL('/api/review/photos', studio.base).href);
    expect(api.status()).toBe(403);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close(context);
  });

  test('a network failure: a message and a retry that brings the queue', async () => {
    const { page, errors, context } = await openReview('fr-FR', people.reviewer);
    await shown(page).waitFor();
    const queue = (url: URL) => url.pathname === '/api/review/photos';
    await page.route(queue, route => route.abort('internetdisconnected'));
    await page.reload();
    await page.getByText('Le serveur des photos ne répond pas.').waitFor();
    await page.unroute(queue);
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await expect.poll(() => shown(page).textContent()).toBe('Photo de Alice Moreau');
    expect(errors).toEqual([]);
    await close(context);
  });
});

describe('the schooling office reviews', () => {
  test('the queue: oldest first, counts, role filter, paging, the photo at its real size, axe in light and dark', async () => {
    const { page, errors, context } = await openReview();
    await expect.poll(() => shown(page).textContent()).toBe('Photo de Alice Moreau');
    await expect.poll(() => page.title()).toBe('Vérification des photos – Trombine');
    await page.getByRole('link', { name: 'Vérifier les photos' }).waitFor(); // the office's own link in the nav
    expect(await listed(page)).toEqual([
      'Alice Moreau',
      'Camille Martin',
      'Karim Benali',
      'Louis Petit',
      'Nina Robert',
    ]);
    expect(await counts(page)).toEqual(['En attente 5', 'Validées 0', 'Refusées 0', 'Remplacées 0']);

    const photo = page.locator('.review-card img');
    await expect.poll(() => photo.evaluate(img => (img as HTMLImageElement).naturalWidth)).toBe(413);
    await expect.poll(() => photo.getAttribute('width')).toBe('413');
    expect(await photo.getAttribute('height')).toBe('531');
    expect(await photo.boundingBox()).toMatchObject({ width: 413, height: 531 });
    expect(await photo.getAttribute('alt')).toBe('Photo d’identité de Alice Moreau, à sa taille réelle');
    expect(await page.locator('.review-card-text').textContent()).toContain('Identifiant\u00a0: amoreau');
    expect(await page.locator('.review-facts').textContent()).toMatch(
      /Reçue le \d{1,2}\S* \S+ \d{4}\s+à\s+\d{2}:\d{2}Statut\u00a0: En attente de vérification\./,
    );
    await page.getByText('Aucune décision pour l’instant.').waitFor();
    await lightAndDark(page);

    await page.getByLabel('Rôle').selectOption({ label: 'Personnel' });
    await expect.poll(() => listed(page)).toEqual(['Karim Benali']);
    await page.getByLabel('Rôle').selectOption({ label: 'Tous les rôles' });
    await expect
      .poll(() => listed(page))
      .toEqual(['Alice Moreau', 'Camille Martin', 'Karim Benali', 'Louis Petit', 'Nina Robert']);

    // Pages of two, as if the queue were long: « Voir les suivantes » until none is left.
    await page.route(
      url => url.pathname === '/api/review/photos',
      route => {
        const url = new URL(route.request().url());
        url.searchParams.set('limit', '2');
        return route.continue({ url: url.href });
      },
    );
    await page.reload();
    await expect.poll(() => listed(page)).toEqual(['Alice Moreau', 'Camille Martin']);
    await page.getByRole('button', { name: 'Voir les suivantes' }).click();
    await expect.poll(() => listed(page)).toHaveLength(4);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Karim Benali');
    await page.getByRole('button', { name: 'Voir les suivantes' }).click();
    await expect.poll(() => listed(page)).toHaveLength(5);
    expect(await page.getByRole('button', { name: 'Voir les suivantes' }).count()).toBe(0);

    // 320 CSS px wide: one column, nothing wider than the screen, the photo scaled to fit.
    await page.setViewportSize({ width: 320, height: 640 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(320);
    expect((await photo.boundingBox())!.width).toBeLessThan(320);
    expect(errors).toEqual([]);
    await close(context);
  });

  test('V validates, R refuses with reasons and a note; the log and the people’s statuses follow', async () => {
    const { page, errors, context } = await openReview();
    await expect.poll(() => shown(page).textContent()).toBe('Photo de Alice Moreau');
    expect(
      await page.getByRole('button', { name: 'Valider', exact: true }).getAttribute('aria-keyshortcuts'),
    ).toBe('V');
    expect(await page.getByRole('button', { name: 'Refuser' }).getAttribute('aria-keyshortcuts')).toBe('R');

    await page.keyboard.press('v');
    await expect.poll(() => said(page).textContent()).toBe('Photo de Alice Moreau validée.');
    await expect.poll(() => shown(page).textContent()).toBe('Photo de Camille Martin');
    expect(await focused(page)).toBe('review-current');
    expect(await counts(page)).toEqual(['En attente 4', 'Validées 1', 'Refusées 0', 'Remplacées 0']);
    expect(await page.locator('.review-report').textContent()).toMatch(
      /Des points sont à vérifier\.À vérifier\u00a0:exposition du visagefond uni/,
    );

    await page.keyboard.press('r');
    expect(await focused(page)).toBe('input:cropped'); // the first reason
    expect(await reasonsTicked(page)).toEqual(['light', 'background']); // suggested by the report
    await lightAndDark(page);
    await page.keyboard.press('Space');
    await tabTo(page, /^Précisions pour la personne/);
    // Letters that are shortcuts elsewhere: here they are words.
    await page.keyboard.type('Le haut de la tête est coupé : reprenez la photo plus loin, merci.');
    await page.keyboard.press('ArrowLeft');
    expect(await shown(page).textContent()).toBe('Photo de Camille Martin');
    expect(await reasonsTicked(page)).toEqual(['cropped', 'light', 'background']);
    await tabTo(page, /^Confirmer le refus$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => said(page).textContent()).toBe('Photo de Camille Martin refusée.');
    await expect.poll(() => shown(page).textContent()).toBe('Photo de Karim Benali');
    expect(await page.locator('#review-refusal').count()).toBe(0);

    // N / → and P / ← move through the queue.
    await page.keyboard.press('n');
    await expect.poll(() => shown(page).textContent()).toBe('Photo de Louis Petit');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => shown(page).textContent()).toBe('Photo de Karim Benali');
    await expect.poll(() => said(page).textContent()).toBe('Photo de Karim Benali, 1 sur 3.');

    await page.getByLabel('Statut').selectOption({ label: 'Refusées' });
    await expect.poll(() => shown(page).textContent()).toBe('Photo de Camille Martin');
    const log = page.locator('.review-log li');
    await expect
      .poll(() => log.textContent())
      .toMatch(/^\d{1,2}\S* \S+ \d{4}\s+à\s+\d{2}:\d{2}, scolarite\u00a0: Refusée/);
    expect(await log.textContent()).toContain(
      'Motifs\u00a0: photo coupée, lumière, fondPrécision\u00a0: «\u202fLe haut de la tête est coupé : reprenez la photo plus loin, merci.\u202f»',
    );
    await page.getByLabel('Statut').selectOption({ label: 'Validées' });
    await expect.poll(() => shown(page).textContent()).toBe('Photo de Alice Moreau');
    await expect.poll(() => log.textContent()).toMatch(/scolarite\u00a0: Validée$/);

    expect(await statusOf(alice, ids[0]!)).toMatchObject({ status: 'validated' });
    expect(await statusOf(people.student, ids[1]!)).toMatchObject({
      status: 'rejected',
      reason: 'Le haut de la tête est coupé : reprenez la photo plus loin, merci.',
      reasonCodes: ['cropped', 'light', 'background'],
    });
    expect(errors).toEqual([]);
    await close(context);
  });

  test('« Valider toutes les photos au vert » validates the all-green ones only, once confirmed', async () => {
    const { page, errors, context } = await openReview();
    await expect.poll(() => listed(page)).toEqual(['Karim Benali', 'Louis Petit', 'Nina Robert']);
    await page.getByRole('button', { name: 'Valider toutes les photos au vert (2)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Valider les photos au vert' });
    await dialog.waitFor();
    expect(await focused(page)).toBe('button:Annuler'); // the safe answer under a hasty Enter
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Valider ces photos' }).click();
    await expect.poll(() => said(page).textContent()).toBe('Photos au vert validées\u00a0: 2.');
    await expect.poll(() => listed(page)).toEqual(['Nina Robert']);
    expect(await counts(page)).toEqual(['En attente 1', 'Validées 3', 'Refusées 1', 'Remplacées 0']);
    expect(await focused(page)).toBe('review-current');
    expect(await page.getByRole('button', { name: /^Valider toutes les photos au vert/ }).isDisabled()).toBe(
      true,
    );
    const statuses = Object.fromEntries((await studio.received()).map(d => [d.owner, d.status]));
    expect(statuses).toEqual({
      amoreau: 'validated',
      cmartin: 'rejected',
      kbenali: 'validated',
      lpetit: 'validated',
      nrobert: 'pending_review',
    });
    expect(errors).toEqual([]);
    await close(context);
  });

  test('in English: the page, its report, its reasons and its dates', async () => {
    const { page, errors, context } = await openReview('en-GB');
    await expect.poll(() => shown(page).textContent()).toBe('Photo of Nina Robert');
    await expect.poll(() => page.title()).toBe('Photo review – Trombine');
    expect(await page.locator('h1').textContent()).toBe('Photo review');
    expect(await counts(page)).toEqual(['Pending 1', 'Validated 3', 'Refused 1', 'Replaced 0']);
    expect(await page.locator('.review-facts').textContent()).toMatch(
      /Received on \d{1,2} [A-Z][a-z]+ \d{4}\s+at\s+\d{2}:\d{2}/,
    );
    expect(await page.locator('.review-report').textContent()).toContain('face turned to the camera');
    await page.keyboard.press('r');
    expect(await page.locator('#review-refusal legend').textContent()).toBe('Reasons for refusing');
    expect(await reasonsTicked(page)).toEqual(['profile']);
    expect(await page.locator('#review-refusal').textContent()).toContain('face in profile');
    await lightAndDark(page);
    await page.keyboard.press('Escape');
    expect(await page.locator('#review-refusal').count()).toBe(0);
    expect(await focused(page)).toBe('button:Refuse');
    expect(await page.locator('.review-keys').textContent()).toContain('validate the photo shown');

    // Single-key shortcuts can be turned off (WCAG 2.1.4), and the buttons then announce none.
    await page.getByLabel('Single-key shortcuts on').uncheck();
    await page.locator('h1').click();
    await page.keyboard.press('r');
    expect(await page.locator('#review-refusal').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Refuse' }).getAttribute('aria-keyshortcuts')).toBeNull();
    await page.getByLabel('Single-key shortcuts on').check();
    await page.keyboard.press('r');
    await page.locator('#review-refusal').waitFor();
    expect(errors).toEqual([]);
    await close(context);
  });
});
