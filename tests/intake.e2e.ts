import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, people, receiptId, sendButton, startStudio, watchedPage } from './studio';
import { atStep, photos, toSendStep } from './wizard';

let studio: Awaited<ReturnType<typeof startStudio>>;
beforeAll(async () => {
  studio = await startStudio();
});
afterAll(() => studio?.close());

/** The mails the demonstration intake wrote (no SMTP_URL): `<INTAKE_DIR>/mail/*.eml`. */
const mails = () => {
  const dir = join(studio.intake, 'mail');
  return (() => {
    try {
      return readdirSync(dir).filter(name => name.endsWith('.eml'));
    } catch {
      return [];
    }
  })().map(name => readFileSync(join(dir, name), 'utf8'));
};

describe('the receiving side, through the studio', () => {
  test('signed out, the photo is kept and says how to sign in; signed in on the demonstration page, it goes', async () => {
    const context = await studio.newContext({ locale: 'fr-FR' }, null);
    const { page, errors } = await watchedPage(context, new URL('/photo', studio.base).href);
    await toSendStep(page, { photo: photos.ok });
    const notice = page.locator('.send-panel .notice');
    await expect.poll(() => notice.textContent()).toMatch(/^Vous n’êtes pas connecté·e/);
    await sendButton(page).click();
    await atStep(page, 6);
    await expect
      .poll(() => page.locator('.send-status [role="status"]').textContent())
      .toMatch(/connectez-vous, votre photo est gardée/);
    expect(await studio.received()).toEqual([]);

    await notice.getByRole('link', { name: 'Se connecter pour envoyer' }).click();
    await page.getByRole('heading', { name: 'Connexion de démonstration' }).waitFor();
    expect(await page.locator('main').textContent()).toMatch(/pas de mot de passe/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Se connecter comme Camille Martin, étudiante' }).click();
    await page.waitForURL(/\/photo$/);
    await page.getByText('Connecté·e\u00a0: Camille Martin').waitFor();
    await page.getByRole('button', { name: 'Réessayer maintenant' }).click();
    const id = await receiptId(page);
    expect(await studio.received()).toMatchObject([{ id, owner: 'cmartin', name: 'Camille Martin' }]);
    expect(errors.filter(error => !/401|Failed to load resource/.test(error))).toEqual([]);
    await context.close();
  });

  test('reviewed by the office: the decision, its reason in words, and the e-mails reach the person; nobody else sees it', async () => {
    const context = await studio.newContext({ locale: 'fr-FR' }, people.staff);
    const { page } = await watchedPage(context, new URL('/photo', studio.base).href);
    await toSendStep(page, { photo: photos.ok });
    await sendButton(page).click();
    const id = await receiptId(page);
    await studio.review(id, { status: 'rejected', reason: 'Le menton est coupé.', reasonCodes: ['cropped'] });
    await page
      .getByText('Statut\u00a0: Refusée. Motif\u00a0: photo coupée – Le menton est coupé.')
      .waitFor({ timeout: 20_000 });
    expect(await axeViolations(page)).toEqual([]);
    // The receipt, then the decision, in French, to the address the sign-in gave.
    await expect.poll(() => mails().filter(mail => mail.includes('karim.benali@example.org')).length).toBe(2);
    const decision = mails().find(mail => /Le menton est coup/.test(mail.replace(/=\r?\n/g, '')));
    expect(decision).toMatch(/^Content-Language: fr/m);

    // Another student: no status, no review.
    const other = await studio.newContext({}, { login: 'lmoreau', name: 'Léa Moreau' });
    expect((await other.request.get(new URL(`/api/photos/${id}`, studio.base).href)).status()).toBe(404);
    expect((await other.request.get(new URL('/api/review/photos', studio.base).href)).status()).toBe(403);
    await other.close();
    await context.close();
  });

  test('« Supprimer mes photos envoyées » removes them from the intake', async () => {
    const context = await studio.newContext({ locale: 'fr-FR' }, { login: 'nfaure', name: 'Nina Faure' });
    const { page } = await watchedPage(context, new URL('/photo', studio.base).href);
    await toSendStep(page, { photo: photos.ok });
    await sendButton(page).click();
    const id = await receiptId(page);
    expect((await studio.received()).map(deposit => deposit.id)).toContain(id);
    await page.goto(studio.base);
    page.once('dialog', dialog => void dialog.accept());
    await page.getByRole('button', { name: 'Supprimer mes photos envoyées' }).click();
    await page.getByText('Vos photos envoyées sont supprimées (1).').waitFor();
    expect((await studio.received()).map(deposit => deposit.id)).not.toContain(id);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
