import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { Meta } from '../../shared/upload';
import { createFaults } from '../intake/faults';
import { openRepository } from '../intake/db/repository';
import { startIntake, type IntakeServer } from '../intake/server';
import { startSsoProxy, studioJpeg, testIntakeOptions } from '../intake/testing';
import { retryPolicy, sendPhoto } from './send';

const fixture = (path: string) => readFile(new URL(`../../tests/fixtures/${path}`, import.meta.url));
const meta: Meta = {
  profile: 'demo',
  role: 'student',
  consent: { version: '2026-09', choices: ['internal'], at: new Date().toISOString() },
  checks: { verdict: 'ok', failed: [], warned: [] },
};

const faults = createFaults();
let server: IntakeServer;
/** The intake behind the single sign-on's proxy, as deployed: the studio's requests carry no identity of their own. */
let intake: { url: string; close(): Promise<void> };
let dir: string;
let photo: Blob;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'trombine-send-'));
  server = await startIntake(testIntakeOptions(dir, { faults }));
  intake = await startSsoProxy(() => server.url, 'cmartin');
  photo = new Blob([new Uint8Array(await studioJpeg())], { type: 'image/jpeg' });
});
beforeEach(() => faults.clear());
afterAll(async () => {
  await intake.close();
  await server.close();
});

/** Deposits stored, whatever their status (each new one supersedes the last). */
const photos = async () => {
  const repository = await openRepository({ dir });
  const counts = await repository.counts();
  await repository.close();
  return Array.from({ length: Object.values(counts).reduce((a, b) => a + b, 0) });
};
const send = (key = crypto.randomUUID()) => sendPhoto(`${intake.url}/api/photos`, photo, meta, key);

// Real HTTP to the real intake, with real faults: no mocked fetch.
test('a photo sent twice with one key is one deposit', async () => {
  const before = (await photos()).length;
  const key = crypto.randomUUID();
  const first = await send(key);
  const again = await send(key);
  expect(first).toMatchObject({ ok: true, receipt: { status: 'pending_review' } });
  expect(again).toEqual(first);
  expect(await photos()).toHaveLength(before + 1);
});

test.each([
  ['two 500s', '500x2'],
  ['a 503 and a 502', '503,502'],
  ['a connection cut mid-body', 'cut'],
  ['a receipt lost after the photo was stored', 'drop'],
])(
  '%s, then success: retried, and one photo',
  async (_, spec) => {
    const before = (await photos()).length;
    faults.add(spec);
    expect(await send()).toMatchObject({ ok: true });
    expect(faults.pending()).toBe(0);
    expect(await photos()).toHaveLength(before + 1);
  },
  20_000,
);

test('429 waits what Retry-After says', async () => {
  faults.add('429:2');
  const start = performance.now();
  expect(await send()).toMatchObject({ ok: true });
  expect(performance.now() - start).toBeGreaterThanOrEqual(1900);
});

test('a server failing past every retry is retryable later', async () => {
  faults.add('500x9');
  const fast = { ...retryPolicy, limit: 2, delay: () => 10 };
  const result = await sendPhoto(`${intake.url}/api/photos`, photo, meta, crypto.randomUUID(), {
    retry: fast,
  });
  expect(result).toEqual({ ok: false, retryable: true, message: 'upload.error.server' });
  expect(faults.pending()).toBe(6);
});

test('a refused photo is final, with its reason', async () => {
  const png = new Blob([await fixture('formats/alpha.png')], { type: 'image/jpeg' });
  const result = await sendPhoto(`${intake.url}/api/photos`, png, meta, crypto.randomUUID());
  // The intake's reason code, in the studio's words.
  expect(result).toEqual({ ok: false, retryable: false, message: 'upload.refused.not_jpeg' });
});

test('without the single sign-on in front, the photo waits: the person is asked to sign in', async () => {
  const result = await sendPhoto(`${server.url}/api/photos`, photo, meta, crypto.randomUUID());
  expect(result).toEqual({ ok: false, retryable: true, message: 'upload.error.signin' });
});

test('an unreachable server is a network error, after the retries', async () => {
  const gone = await startIntake(testIntakeOptions(dir, { faults }));
  await gone.close();
  const fast = { ...retryPolicy, delay: () => 10 };
  const result = await sendPhoto(`${gone.url}/api/photos`, photo, meta, crypto.randomUUID(), { retry: fast });
  expect(result).toEqual({ ok: false, retryable: true, message: 'upload.error.network' });
});
