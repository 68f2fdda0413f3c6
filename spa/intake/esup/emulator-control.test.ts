import { describe, expect, it } from 'vitest';
import { allowedAddresses } from './emulator-access';
import { cardForm, jpeg, useEsupEmulator } from './emulator-testing';
import type { EsupRequest } from './emulator-wsrest';

describe('the emulator’s /emulator/ controls over HTTP', () => {
  const { emulator, post, get, control } = useEsupEmulator();
  const eppn = 'cmartin@univ.fr';

  it('moves a card to a state, and refuses an unknown state or card', async () => {
    const id = await (await post(cardForm({ eppn }, await jpeg()))).text();
    const moved = await control(`cards/${id}/state`, { etat: 'IN_PRINT' });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({ id: Number(id), etat: 'IN_PRINT' });
    expect((await get(eppn)).users[0]!.cards[0]!.etat).toBe('IN_PRINT');
    expect((await control(`cards/${id}/state`, { etat: 'LOST' })).status).toBe(422);
    expect((await control('cards/1/state', { etat: 'ENABLED' })).status).toBe(404);
  });

  it('fails, loses and refuses as it is told', async () => {
    expect((await control('fail', { count: 1, status: 502 })).status).toBe(200);
    expect((await post(cardForm({ eppn }, await jpeg()))).status).toBe(502);
    await control('lose', { count: 1 });
    await expect(post(cardForm({ eppn }, await jpeg()))).rejects.toThrow();
    await control('refuse', { eppn: 'other@univ.fr' });
    expect((await post(cardForm({ eppn: 'other@univ.fr' }, await jpeg()))).status).toBe(403);
    expect((await control('fail', { count: 1, status: 404 })).status).toBe(422);
    expect(await (await control('faults')).json()).toEqual({
      losses: 0,
      failures: [],
      refused: ['other@univ.fr'],
    });
  });

  it('lists what it received, and forgets everything on reset', async () => {
    await post(cardForm({ eppn }, await jpeg()));
    const log = (await (await control('requests')).json()) as EsupRequest[];
    expect(log).toEqual([expect.objectContaining({ fields: expect.objectContaining({ eppn }) })]);
    expect(await (await control('users')).json()).toHaveLength(1);
    emulator().refuse(eppn);
    expect((await control('reset', {})).status).toBe(200);
    expect(emulator().requests()).toEqual([]);
    expect(emulator().users()).toEqual([]);
    expect((await post(cardForm({ eppn }, await jpeg()))).status).toBe(200);
  });
});

describe('allowedAddresses', () => {
  it('knows loopback, addresses and subnets, IPv4-mapped addresses included', () => {
    const allowed = allowedAddresses(['loopback', '10.0.0.0/8', '2001:db8::7']);
    expect(
      ['127.0.0.1', '::1', '::ffff:127.0.0.1', '10.4.5.6', '::ffff:10.4.5.6', '2001:db8::7'].map(allowed),
    ).toEqual(Array(6).fill(true));
    expect(['192.168.1.1', '11.0.0.1', '2001:db8::8', undefined].map(allowed)).toEqual(Array(4).fill(false));
  });
});
