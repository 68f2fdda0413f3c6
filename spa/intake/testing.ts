import { randomUUID } from 'node:crypto';
import { createServer, request } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach } from 'vitest';
import { findProfile } from '../../shared/profiles';
import type { ErrorAnswer, Meta } from '../../shared/upload';
import type { Repository } from './db/contract';
import { openRepository } from './db/repository';
import { processFaults } from './faults';
import { identityFromEnv } from './identity';
import type { IntakeOptions } from './config';
import { startIntake, type IntakeServer } from './server';

/** Helpers shared by the intake's tests: a real server on port 0 over a fresh temporary folder per test. */

export const fixture = (path: string) => readFile(new URL(`../../tests/fixtures/${path}`, import.meta.url));
export const realJpeg = () => fixture('photos/franck_02045.jpg');

const spec = findProfile('demo')!.photo;
let made: Promise<Uint8Array> | undefined;
/** What the studio sends for the demonstration profile: a real photo at its output size, without metadata. */
export const studioJpeg = () =>
  (made ??= realJpeg().then(
    async jpeg =>
      new Uint8Array(
        await sharp(jpeg).resize(spec.width, spec.height, { fit: 'cover' }).jpeg({ quality: 80 }).toBuffer(),
      ),
  ));
/** Another photo of the same size: a different deposit. */
export const otherStudioJpeg = async () =>
  new Uint8Array(
    await sharp(await studioJpeg())
      .flop()
      .jpeg({ quality: 80 })
      .toBuffer(),
  );

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
 * An intake as a university deploys it, for tests: behind the single sign-on (identity from X-Remote-User and
 * X-Remote-Mail, believed from loopback), `scolarite` reviewing, mails written under `<dir>/mail/`.
 */
export const testIntakeOptions = (dir: string, change: Partial<IntakeOptions> = {}): IntakeOptions => ({
  dir,
  identity: identityFromEnv({ INTAKE_IDENTITY: 'header' }, 'header'),
  reviewers: new Set(['scolarite']),
  baseUrl: 'https://trombine.example.edu',
  limits: {
    bodyTimeoutMs: 30_000,
    concurrentUploads: 20,
    depositsPerHour: 1000,
    retentionDays: { superseded: 30, rejected: 90 },
  },
  ...change,
});

/** The headers the single sign-on's proxy sets for a person. */
export const as = (login: string): Record<string, string> => ({
  'X-Remote-User': login,
  'X-Remote-Mail': `${login}@example.edu`,
  'X-Remote-Name': login,
});

/**
 * Queues faults (faults.ts spec, e.g. '500x2') for the next uploads of every intake in this process that was made
 * without its own queue: the one `vite preview` serves in an end-to-end test included.
 */
export const injectFaults = (spec: string) => processFaults().add(spec);
export const clearFaults = () => processFaults().clear();
export const pendingFaults = () => processFaults().pending();

export const errorOf = async (response: Response) => ((await response.json()) as ErrorAnswer).error;

/**
 * A real intake per test over a fresh folder (SQLite), or a fresh PostgreSQL database when `databaseUrl()` gives
 * one. `post` deposits as `cmartin` unless told.
 */
export function useIntake(
  setup: {
    databaseUrl?: () => string;
    change?: Partial<IntakeOptions> | (() => Partial<IntakeOptions>);
  } = {},
) {
  let dir = '';
  let intake: IntakeServer | undefined;
  const options = () =>
    testIntakeOptions(dir, {
      databaseUrl: setup.databaseUrl?.(),
      ...(typeof setup.change === 'function' ? setup.change() : setup.change),
    });
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'intake-test-'));
    intake = await startIntake(options());
  });
  afterEach(async () => {
    await intake?.close();
    await rm(dir, { recursive: true, force: true });
  });
  const url = () => intake?.url ?? '';
  return {
    dir: () => dir,
    url,
    /** `key: null` sends no Idempotency-Key. */
    post: (body: BodyInit, key: string | null = randomUUID(), login = 'cmartin') =>
      fetch(`${url()}/api/photos`, {
        method: 'POST',
        body,
        headers: { ...as(login), ...(key === null ? {} : { 'Idempotency-Key': key }) },
      }),
    get: (path: string, login = 'cmartin') => fetch(`${url()}${path}`, { headers: as(login) }),
    /** The intake's own store, opened beside it (SQLite in WAL and PostgreSQL both allow it). */
    async inspect<T>(read: (repository: Repository) => Promise<T>): Promise<T> {
      const repository = await openRepository({ dir, databaseUrl: setup.databaseUrl?.() });
      try {
        return await read(repository);
      } finally {
        await repository.close();
      }
    },
    /** A new server on the same store: what survives is on disk, not in memory. */
    restart: async () => {
      await intake?.close();
      intake = await startIntake(options());
    },
  };
}

/**
 * The single sign-on's reverse proxy in front of an intake, as in production: every request goes through with the
 * person's headers added. For clients that cannot add them (the studio's own send module).
 */
export async function startSsoProxy(target: () => string, login: string) {
  const server = createServer((req, res) => {
    const upstream = request(
      new URL(req.url ?? '/', target()),
      {
        method: req.method,
        headers: {
          ...req.headers,
          ...Object.fromEntries(Object.entries(as(login)).map(([k, v]) => [k.toLowerCase(), v])),
        },
      },
      answer => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
