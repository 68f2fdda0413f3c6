import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Receipt, StatusAnswer } from '../../../shared/upload';
import { form, studioJpeg, useIntake, validMeta } from '../testing';
import { cardForm } from './emulator-testing';
import { startEsupEmulator, type EsupEmulator } from './emulator';

let esup: EsupEmulator;
beforeAll(async () => {
  esup = await startEsupEmulator();
});
afterAll(() => esup?.close());
beforeEach(() => esup.reset());

/** An intake behind the single sign-on that forwards every deposit to the emulated esup-sgc. */
const intake = useIntake({ change: () => ({ esupUrl: esup.url }) });
const cardPosts = () => esup.requests().filter(request => request.method === 'POST');
const status = async (id: string, login: string) =>
  (await (await intake.get(`/api/photos/${id}`, login)).json()) as StatusAnswer;
/** The forwarder looks every 5 s and waits 2 s after a failure: a forward takes a few seconds at the most here. */
const settles = { timeout: 30_000, interval: 200 };

async function deposit(login: string, change: Partial<ReturnType<typeof validMeta>> = {}) {
  const meta = { ...validMeta(), ...change };
  const response = await intake.post(form({ photo: await studioJpeg(), meta }), randomUUID(), login);
  expect(response.status).toBe(201);
  return ((await response.json()) as Receipt).id;
}

describe('a deposit forwarded to esup-sgc', () => {
  it('becomes one card request: the eppn signed in, the image-rights answer, the card options, the JPEG', async () => {
    const id = await deposit('jdupont@univ.fr', {
      consent: { ...validMeta().consent, choices: ['internal', 'public'] },
      card: { crous: true, european: false },
    });
    await expect.poll(() => cardPosts().length, settles).toBe(1);
    const [request] = cardPosts();
    expect(request!.fields).toEqual({
      eppn: 'jdupont@univ.fr',
      difPhotoTransient: 'true',
      crousTransient: 'true',
      europeanTransient: 'false',
    });
    const sha256 = createHash('sha256')
      .update(await studioJpeg())
      .digest('hex');
    expect(request!.photo).toMatchObject({ sha256, type: 'image/jpeg' });
    expect(request!.userAgent).toBeTruthy();
    await expect
      .poll(() => status(id, 'jdupont@univ.fr'), settles)
      .toMatchObject({
        status: 'pending_review',
        card: 'NEW',
      });
  }, 40_000);

  it('is sent once although its answer is lost after storing, and after two 503s', async () => {
    esup.failNext(2, 503);
    esup.loseNextAnswers(1);
    const id = await deposit('lost@univ.fr');
    await expect.poll(() => status(id, 'lost@univ.fr'), settles).toMatchObject({ card: 'NEW' });
    expect(cardPosts().filter(post => post.outcome.status === 200)).toHaveLength(1);
    expect(esup.users().find(user => user.eppn === 'lost@univ.fr')!.cards).toHaveLength(1);
  }, 40_000);

  it('is sent once when the intake is restarted mid-forward', async () => {
    esup.loseNextAnswers(1);
    const id = await deposit('restart@univ.fr');
    // The request is stored and its answer lost; the intake stops before its retry, then starts again.
    await expect.poll(() => cardPosts().length, settles).toBe(1);
    await intake.restart();
    await expect.poll(() => status(id, 'restart@univ.fr'), settles).toMatchObject({ card: 'NEW' });
    expect(cardPosts()).toHaveLength(1);
    expect(esup.users().find(user => user.eppn === 'restart@univ.fr')!.cards).toHaveLength(1);
  }, 40_000);

  it('says what esup-sgc refused: no right to a card (403), a request already in progress (423)', async () => {
    esup.refuse('norights@univ.fr');
    const refused = await deposit('norights@univ.fr');
    await expect
      .poll(() => status(refused, 'norights@univ.fr'), settles)
      .toMatchObject({ status: 'rejected', forward: 'not_allowed' });
    // A request made elsewhere is still being processed.
    const body = cardForm({ eppn: 'busy@univ.fr' }, await studioJpeg());
    expect((await fetch(`${esup.url}/wsrest/api`, { method: 'POST', body })).status).toBe(200);
    const locked = await deposit('busy@univ.fr');
    await expect
      .poll(() => status(locked, 'busy@univ.fr'), settles)
      .toMatchObject({ status: 'rejected', forward: 'locked' });
  }, 40_000);

  it('follows the card: in production, then ready', async () => {
    const id = await deposit('ready@univ.fr');
    await expect.poll(() => status(id, 'ready@univ.fr'), settles).toMatchObject({ card: 'NEW' });
    const cardId = esup.users().find(user => user.eppn === 'ready@univ.fr')!.cards[0]!.id;
    esup.setState(cardId, 'IN_PRINT');
    expect(await status(id, 'ready@univ.fr')).toMatchObject({ status: 'validated', card: 'IN_PRINT' });
    esup.setState(cardId, 'ENABLED');
    expect(await status(id, 'ready@univ.fr')).toMatchObject({ status: 'validated', card: 'ENABLED' });
  }, 40_000);
});
