import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Meta } from '../../shared/upload';
import { startIntake, type IntakeServer } from '../intake/server';
import { sendPhoto } from './send';

const fixture = (path: string) => readFile(new URL(`../../tests/fixtures/${path}`, import.meta.url));
const meta: Meta = {
  profile: 'demo',
  role: 'student',
  consent: { version: '2026-09', choices: ['internal'], at: new Date().toISOString() },
  checks: { verdict: 'ok', failed: [], warned: [] },
};

let intake: IntakeServer;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'trombine-send-'));
  intake = await startIntake({ dir });
});
afterAll(() => intake.close());

// Real HTTP to the real intake: no mocked fetch.
test('a photo sent twice with one key is one deposit', async () => {
  const photo = new Blob([await fixture('photos/franck_02045.jpg')], { type: 'image/jpeg' });
  const key = crypto.randomUUID();
  const first = await sendPhoto(`${intake.url}/api/photos`, photo, meta, key);
  const again = await sendPhoto(`${intake.url}/api/photos`, photo, meta, key);
  expect(first).toMatchObject({ ok: true, receipt: { status: 'pending_review' } });
  expect(again).toEqual(first);
  expect((await readdir(dir)).filter(f => f.endsWith('.jpg'))).toHaveLength(1);
});

test('a refused photo says so, with the status', async () => {
  const png = new Blob([await fixture('formats/alpha.png')], { type: 'image/jpeg' });
  const result = await sendPhoto(`${intake.url}/api/photos`, png, meta, crypto.randomUUID());
  expect(result).toEqual({ ok: false, message: 'upload.error.rejected', params: { status: 415 } });
});

test('an unreachable server is a network error, after the retries', async () => {
  const gone = await startIntake({ dir });
  await gone.close();
  const photo = new Blob([await fixture('photos/franck_02045.jpg')], { type: 'image/jpeg' });
  const result = await sendPhoto(`${gone.url}/api/photos`, photo, meta, crypto.randomUUID());
  expect(result).toEqual({ ok: false, message: 'upload.error.network' });
}, 20_000);
