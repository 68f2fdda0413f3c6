import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const fixture = (path: string) => new URL(`./fixtures/${path}`, import.meta.url).pathname;

type Verdict = 'ok' | 'warnings' | 'blocked';

/**
 * Fixture photos by the verdict the engine gives them on the demo profile, as `tests/fixtures/compliance/labels.json`
 * states (and `workers/checks/compliance.test.ts` asserts). A test names the one it needs, and why.
 */
export const photos = {
  /** Every check passes (light grey wall): no warning to acknowledge, meta verdict 'ok'. */
  ok: { file: 'compliance/grey-background.jpg', verdict: 'ok' },
  /** A real phone-sized frame whose saturated blue backdrop warns as a dark wall (`background.colour`). */
  warnings: { file: 'compliance/franck_02045-phone.jpg', verdict: 'warnings' },
  /** A textured landscape: `face.count` fails. */
  noFace: { file: 'compliance/no-face.jpg', verdict: 'blocked' },
  /** Two people side by side: `face.count` fails. */
  twoFaces: { file: 'compliance/two-faces.jpg', verdict: 'blocked' },
} as const satisfies Record<string, { file: string; verdict: Verdict }>;

export type FixturePhoto = (typeof photos)[keyof typeof photos];

const verdictText: Record<Verdict, RegExp> = {
  ok: /^Votre photo respecte toutes les règles vérifiables\./,
  warnings: /^Votre photo peut être envoyée, mais lisez d’abord les points à vérifier\./,
  blocked: /^Cette photo serait refusée/,
};

/** The wizard's step heading. */
export const stepHeading = (page: Page) => page.locator('h2.step-title');

const titles = ['Droit à l’image', 'Photo', 'Cadrage', 'Vérification', 'Envoi', 'Suivi'] as const;

/** Waits until the wizard shows step `n` (1 to 6), in French (within the e2e project's poll bound). */
export const atStep = (page: Page, n: 1 | 2 | 3 | 4 | 5 | 6) =>
  expect.poll(() => stepHeading(page).textContent()).toBe(`Étape ${n} sur 6\u00a0: ${titles[n - 1]}`);

/** The image-rights step when it is asked (first deposit only), then a photo chosen from disk. */
export async function choosePhoto(
  page: Page,
  photo: { file: string } = photos.ok,
  consent = 'Usage interne',
): Promise<void> {
  // The step's own content, not the heading: until the saved state is read, the heading says "source" (step 2).
  const save = page.getByRole('button', { name: 'Enregistrer mon choix' });
  await save.or(page.locator('#photo-file')).waitFor({ state: 'attached' });
  if (await save.count()) {
    await atStep(page, 1);
    await page.getByLabel(consent).check();
    await save.click();
    await atStep(page, 2);
  }
  await page.setInputFiles('#photo-file', fixture(photo.file));
}

/** `choosePhoto`, up to the framing step. */
export async function toFraming(
  page: Page,
  photo: { file: string } = photos.ok,
  consent?: string,
): Promise<void> {
  await choosePhoto(page, photo, consent);
  await atStep(page, 3);
}

/**
 * On the checks step: the verdict is the one expected of the photo; its warnings, when it has some, are acknowledged;
 * then the two things no check can see (head covering, a photo under six months) are confirmed.
 */
export async function confirmChecks(page: Page, photo: FixturePhoto): Promise<void> {
  await atStep(page, 4);
  await page.getByText(verdictText[photo.verdict]).waitFor();
  const readWarnings = page.getByLabel(/J’ai lu les points à vérifier/);
  expect(await readWarnings.count()).toBe(photo.verdict === 'warnings' ? 1 : 0);
  if (photo.verdict === 'warnings') await readWarnings.check();
  await page.getByLabel(/couvre-chef/).check();
  await page.getByLabel(/six mois/).check();
}

/**
 * The one way tests drive the wizard to its send step: image rights (when asked), a photo from disk, the engine's
 * framing as is, the checks confirmed, and for staff (`certify`) the certification ticked. The photo must not be
 * blocked: a blocked photo has no way to the send step (its own test shows that).
 */
export async function toSendStep(
  page: Page,
  options: { photo?: FixturePhoto; consent?: string; certify?: boolean } = {},
): Promise<void> {
  const photo = options.photo ?? photos.ok;
  await toFraming(page, photo, options.consent);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await confirmChecks(page, photo);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await atStep(page, 5);
  if (options.certify) await page.getByLabel('Je certifie que cette photo me représente.').check();
}
