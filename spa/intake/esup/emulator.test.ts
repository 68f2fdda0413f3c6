import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { cardForm, jpeg, png, useEsupEmulator } from './emulator-testing';

describe('the esup-sgc emulator’s wsrest API', () => {
  const { emulator, post, get } = useEsupEmulator();
  const eppn = 'jean.dupont@univ.fr';

  it('creates a card in NEW for a good request, and says so in GET and in its log', async () => {
    const photo = await jpeg();
    const response = await post(cardForm({}, photo));
    expect(response.status).toBe(200);
    const id = await response.text();
    expect(id).toMatch(/^\d+$/);
    const { status, users } = await get(eppn, 'nobody@univ.fr');
    expect(status).toBe(200);
    expect(users).toEqual([
      expect.objectContaining({
        eppn,
        email: eppn,
        name: 'DUPONT',
        firstname: 'Jean',
        difPhoto: true,
        europeanStudentCard: true,
        crous: false,
        cards: [expect.objectContaining({ id: Number(id), etat: 'NEW' })],
      }),
    ]);
    expect(new Date(users[0]!.cards[0]!.dateEtat).toISOString()).toBe(users[0]!.cards[0]!.dateEtat);
    const [received] = emulator().requests();
    expect(received).toMatchObject({
      method: 'POST',
      path: '/wsrest/api',
      userAgent: expect.stringContaining('Trombine-test'),
      fields: { eppn, difPhotoTransient: 'true', crousTransient: 'false', europeanTransient: 'true' },
      photo: { bytes: photo.length, sha256: createHash('sha256').update(photo).digest('hex') },
      outcome: { status: 200, cardId: Number(id) },
    });
  });

  it('answers an empty array for an unknown eppn', async () => {
    expect(await get('nobody@univ.fr')).toEqual({ status: 200, users: [] });
  });

  it('locks (423) while a card is NEW or REQUEST_CHECKED; once it is ENABLED a new request makes a second card', async () => {
    const first = Number(await (await post(cardForm({}, await jpeg()))).text());
    expect((await post(cardForm({ difPhotoTransient: 'false' }, await jpeg()))).status).toBe(423);
    emulator().setState(first, 'REQUEST_CHECKED');
    const locked = await post(cardForm({}, await jpeg()));
    expect([locked.status, await locked.text()]).toEqual([423, `${eppn} LOCKED.`]);
    emulator().setState(first, 'ENABLED');
    const again = await post(cardForm({ difPhotoTransient: 'false' }, await jpeg()));
    expect(again.status).toBe(200);
    const [user] = (await get(eppn)).users;
    expect(user!.cards.map(card => card.etat)).toEqual(['ENABLED', 'NEW']);
    expect(user!.cards[1]!.id).toBe(Number(await again.text()));
    expect(user!.difPhoto).toBe(false);
  });

  it('answers 403 to a person without a right to a card, and makes none', async () => {
    emulator().refuse(eppn);
    const response = await post(cardForm({}, await jpeg()));
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('no rights');
    expect((await get(eppn)).users[0]!.cards).toEqual([]);
  });

  it.each([
    ['no photo part', {}, undefined],
    ['an empty photo', {}, new Uint8Array()],
    ['a PNG', {}, 'png'],
    ['a boolean that is neither true nor false', { crousTransient: 'oui' }, 'jpeg'],
    ['no eppn', { eppn: undefined }, 'jpeg'],
    ['a blank eppn', { eppn: '  ' }, 'jpeg'],
  ] as const)('answers 422 to %s, and makes no card', async (_, change, photo) => {
    const bytes = photo === 'png' ? await png() : photo === 'jpeg' ? await jpeg() : photo;
    const response = await post(cardForm(change, bytes));
    expect(response.status).toBe(422);
    expect(
      emulator()
        .users()
        .flatMap(user => user.cards),
    ).toEqual([]);
  });

  it('answers 400 to a request without a User-Agent (fetch always sends one: node:http does not)', async () => {
    const built = new Request('http://esup', { method: 'POST', body: cardForm({}, await jpeg()) });
    const body = Buffer.from(await built.arrayBuffer());
    const status = await new Promise<number>((resolve, reject) => {
      const sent = request(`${emulator().url}/wsrest/api`, {
        method: 'POST',
        headers: { 'Content-Type': built.headers.get('content-type')!, 'Content-Length': body.length },
      });
      sent.on('response', answer => resolve(answer.resume().statusCode ?? 0)).on('error', reject);
      sent.end(body);
    });
    expect(status).toBe(400);
    expect(emulator().users()).toEqual([]);
  });

  it('is not idempotent: an answer lost after storing leaves a card the client does not know of', async () => {
    emulator().loseNextAnswers(1);
    await expect(post(cardForm({}, await jpeg()))).rejects.toThrow();
    const [user] = (await get(eppn)).users;
    expect(user!.cards).toEqual([expect.objectContaining({ etat: 'NEW' })]);
    expect(emulator().requests()[0]!.outcome).toMatchObject({ status: 200, lost: true });
    // The client's blind retry is refused: the card it lost the id of is being processed.
    expect((await post(cardForm({}, await jpeg()))).status).toBe(423);
  });

  it('fails the next requests with the status it is told, doing nothing, then works', async () => {
    emulator().failNext(2, 503);
    expect((await post(cardForm({}, await jpeg()))).status).toBe(503);
    expect((await fetch(`${emulator().url}/wsrest/api/get?eppn=${eppn}`)).status).toBe(503);
    expect(emulator().users()).toEqual([]);
    expect((await post(cardForm({}, await jpeg()))).status).toBe(200);
    expect(
      emulator()
        .requests()
        .map(entry => entry.outcome.status),
    ).toEqual([503, 503, 200]);
  });
});

describe('the esup-sgc emulator behind its IP filter', () => {
  const { emulator, post, control } = useEsupEmulator({ allowed: ['10.1.2.3', '192.168.0.0/16'] });

  it('answers 403 to an address not in its list, to the API and to its controls alike', async () => {
    expect((await post(cardForm({}, await jpeg()))).status).toBe(403);
    expect((await fetch(`${emulator().url}/wsrest/api/get?eppn=a@univ.fr`)).status).toBe(403);
    expect((await control('requests')).status).toBe(403);
    expect(emulator().users()).toEqual([]);
    const log = emulator().requests();
    expect(log.map(entry => [entry.method, entry.remote, entry.outcome.status])).toEqual([
      ['POST', '127.0.0.1', 403],
      ['GET', '127.0.0.1', 403],
    ]);
    // Turned away before its body is read: nothing of the form is kept.
    expect(log[0]!.fields).toBeUndefined();
  });
});
