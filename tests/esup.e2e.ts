import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { studioJpeg } from '../spa/intake/testing';
import { cardForm } from '../spa/intake/esup/emulator-testing';
import { startEsupEmulator, type EsupEmulator } from '../spa/intake/esup/emulator';
import { receiptId, sendButton, startStudio, watchedPage } from './studio';
import { photos, toSendStep } from './wizard';

let esup: EsupEmulator;
let studio: Awaited<ReturnType<typeof startStudio>>;
beforeAll(async () => {
  esup = await startEsupEmulator();
  // What a university sets: the intake `npm start` serves forwards every deposit to esup-sgc.
  process.env.ESUP_SGC_URL = esup.url;
  studio = await startStudio();
});
afterAll(async () => {
  await studio?.close();
  await esup?.close();
  delete process.env.ESUP_SGC_URL;
});

const cardPosts = (eppn: string) =>
  esup.requests().filter(request => request.method === 'POST' && request.fields?.eppn === eppn);
const statusText = (page: Page) => page.locator('.send-status [role="status"]').textContent();
/** The forwarder retries 2, 4… s apart, the follow-up step asks every few seconds. */
const slowly = { timeout: 45_000, interval: 500 };

/** Signs in as `eppn` on the demonstration intake, and takes a photo to its send step. */
async function atSendStep(eppn: string) {
  const context = await studio.newContext({ locale: 'fr-FR' }, { login: eppn, name: eppn });
  const { page, errors } = await watchedPage(context, new URL('/photo', studio.base).href);
  await toSendStep(page, { photo: photos.ok, consent: 'Annuaire public' });
  return { page, errors, context };
}

describe('straight into esup-sgc, through the studio', () => {
  test('one card request with the eppn, the consent and the options, whatever the link does; then the card is ready', async () => {
    const eppn = 'camille.martin@univ.fr';
    const { page, errors, context } = await atSendStep(eppn);
    await page.getByLabel('Activer les services du Crous sur ma carte (restauration, paiement Izly)').check();
    // The first tries fail, the request is stored but its answer lost: esup-sgc still gets one request.
    esup.failNext(2, 503);
    esup.loseNextAnswers(1);
    await sendButton(page).click();
    await receiptId(page);
    await expect
      .poll(() => statusText(page), slowly)
      .toMatch(/Carte\u00a0: demande reçue par le service des cartes\./);
    const posts = cardPosts(eppn);
    expect(posts.filter(post => post.outcome.status === 200)).toHaveLength(1);
    expect(esup.users().find(user => user.eppn === eppn)!.cards).toHaveLength(1);
    expect(posts[0]!.fields).toEqual({
      eppn,
      difPhotoTransient: 'true',
      crousTransient: 'true',
      europeanTransient: 'false',
    });
    expect(posts[0]!.photo!.bytes).toBeLessThanOrEqual(60_000);
    expect(posts[0]!.userAgent).toMatch(/Chrome/);

    const [card] = esup.users().find(user => user.eppn === eppn)!.cards;
    esup.setState(card!.id, 'ENABLED');
    await expect
      .poll(() => statusText(page), slowly)
      .toMatch(/Statut\u00a0: Validée\. Carte\u00a0: carte prête\./);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  test('no right to a card yet (403), or a request already in progress (423): said to the person', async () => {
    esup.refuse('sans.droit@univ.fr');
    const refused = await atSendStep('sans.droit@univ.fr');
    await sendButton(refused.page).click();
    await receiptId(refused.page);
    await expect
      .poll(() => statusText(refused.page), slowly)
      .toMatch(/ne vous autorise pas encore à demander une carte\u00a0: contactez la scolarité\./);
    await refused.context.close();

    // A request made elsewhere, still being processed.
    const body = cardForm({ eppn: 'en.cours@univ.fr' }, await studioJpeg());
    expect((await fetch(`${esup.url}/wsrest/api`, { method: 'POST', body })).status).toBe(200);
    const locked = await atSendStep('en.cours@univ.fr');
    await sendButton(locked.page).click();
    await receiptId(locked.page);
    await expect
      .poll(() => statusText(locked.page), slowly)
      .toMatch(/Une demande de carte est déjà en cours de traitement/);
    await locked.context.close();
  }, 120_000);
});
