import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { ErrorAnswer, Meta } from '../../shared/upload';
import { processFaults } from './faults';
import { startIntake, type IntakeServer } from './server';

/** Helpers shared by the intake's tests: a real server on port 0 over a fresh temporary folder per test. */

export const fixture = (path: string) => readFile(new URL(`../../tests/fixtures/${path}`, import.meta.url));
export const realJpeg = () => fixture('photos/franck_02045.jpg');

export const validMeta = (): Meta => ({
  profile: 'demo',
  role: 'student',
  consent: { version: '2026-09', choices: ['internal'], at: new Date().toISOString() },
  checks: { verdict: 'ok', failed: [], warned: [] },
});

/** A part given as `undefined` is left out; `meta` defaults to a valid one. */
export function form(parts: { photo?: Uint8Array; type?: string; meta?: unknown }): FormData {
  const { photo, type = 'image/jpeg' } = parts;
  const meta = 'meta' in parts ? parts.meta : validMeta();
  const body = new FormData();
  if (photo) body.append('photo', new Blob([new Uint8Array(photo)], { type }), 'photo.jpg');
  if (meta !== undefined) body.append('meta', typeof meta === 'string' ? meta : JSON.stringify(meta));
  return body;
}

/**
 * Queues faults (faults.ts spec, e.g. '500x2') for the next uploads of every intake in this process that was made
 * without its own queue: the one `vite preview` serves in an end-to-end test included.
 */
export const injectFaults = (spec: string) => processFaults().add(spec);
export const clearFaults = () => processFaults().clear();
export const pendingFaults = () => processFaults().pending();

export const errorOf = async (response: Response) => ((await response.json()) as ErrorAnswer).error;

export function useIntake() {
  let dir = '';
  let intake: IntakeServer | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'intake-test-'));
    intake = await startIntake({ dir });
  });
  afterEach(async () => {
    await intake?.close();
    await rm(dir, { recursive: true, force: true });
  });
  const url = () => intake?.url ?? '';
  /** Every file under the store, temporary ones included. */
  const filesOnDisk = async () => (await readdir(dir, { recursive: true })).sort();
  return {
    dir: () => dir,
    url,
    /** `key: null` sends no Idempotency-Key. */
    post: (body: BodyInit, key: string | null = randomUUID(), base = url()) =>
      fetch(`${base}/api/photos`, {
        method: 'POST',
        body,
        headers: key === null ? {} : { 'Idempotency-Key': key },
      }),
    filesOnDisk,
    photosOnDisk: async () => (await filesOnDisk()).filter(name => /^[0-9a-f-]{36}\.(jpg|json)$/.test(name)),
    /** A new server on the same folder: what survives is on disk, not in memory. */
    restart: async () => {
      await intake?.close();
      intake = await startIntake({ dir });
    },
  };
}
