import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { DecisionRecord, Person } from '../../../shared/review';
import type { Meta } from '../../../shared/upload';
import { sqliteFile, type Place } from './connect';
import type { Deposit, DepositResult, MailFor, NewDeposit, Repository } from './contract';
import { openRepository } from './repository';
import { startPostgres, type TestPostgres } from './testing';

/** One suite, run against the embedded SQLite and a real PostgreSQL: the intake must not tell them apart. */

/** An empty database, with no schema yet. */
type Fresh = () => Promise<Place>;

const scratch: string[] = [];
const scratchDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'intake-db-'));
  scratch.push(dir);
  return dir;
};
afterEach(async () => {
  await Promise.all(scratch.splice(0).map(dir => rm(dir, { recursive: true, force: true })));
});

const freshSqlite: Fresh = async () => ({ dir: join(await scratchDir(), '.intake') });

// Started once for the file: a cluster costs about a second, a fresh schema a few milliseconds.
let server: TestPostgres | undefined;
const freshPostgres: Fresh = async () => {
  const databaseUrl = server?.url ?? '';
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('drop schema public cascade; create schema public');
  await client.end();
  return { dir: await scratchDir(), databaseUrl };
};

const meta = (role: Meta['role'] = 'student'): Meta => ({
  profile: 'demo',
  role,
  consent: { version: '2026-09', choices: ['internal'], at: '2026-12-01T10:00:00.000Z' },
  checks: { verdict: 'warnings', failed: [], warned: ['light.uniformity'] },
});
const person = (login: string): Person => ({ login, email: `${login}@etu.example.fr`, name: `Nom ${login}` });
/** Not a real JPEG: the repository stores bytes, the handler checks them. */
const jpeg = (seed: number) =>
  new Uint8Array([0xff, 0xd8, 0xff, seed & 0xff, (seed >> 8) & 0xff, 0xff, 0xd9]);
const upload = (login: string, { seed = 1, ...given }: Partial<NewDeposit> & { seed?: number } = {}) => ({
  owner: person(login),
  idempotencyKey: randomUUID(),
  jpeg: jpeg(seed),
  meta: meta(),
  lang: 'fr' as const,
  ...given,
});
/** Async, like the real composer. */
const mailTo: MailFor = async deposit =>
  deposit.email ? { to: deposit.email, raw: `${deposit.status} ${deposit.id}` } : undefined;
const decision = (status: DecisionRecord['status'], at = new Date().toISOString()): DecisionRecord =>
  status === 'rejected'
    ? { status, reasonCodes: ['light'], reason: 'Ombre sur le visage', reviewer: 'scol1', at }
    : { status, reasonCodes: [], reviewer: 'scol1', at };
const created = (result: DepositResult) => {
  if (result.kind !== 'created') throw new Error(`expected created, got ${result.kind}`);
  return result;
};

/** What both databases must do alike. */
function sharedSuite(fresh: Fresh) {
  let place: Place;
  let repo: Repository;
  beforeEach(async () => {
    place = await fresh();
    repo = await openRepository(place);
  });
  afterEach(() => repo.close());

  test('stores a deposit, its JPEG and what it was sent with', async () => {
    const sent = upload('ana', { seed: 7, lang: 'en' });
    const { receipt, superseded } = created(await repo.deposit(sent));
    expect(superseded).toBeUndefined();
    expect(receipt).toMatchObject({ status: 'pending_review' });
    expect(await repo.find(receipt.id)).toEqual({
      id: receipt.id,
      owner: 'ana',
      name: 'Nom ana',
      email: 'ana@etu.example.fr',
      role: 'student',
      lang: 'en',
      profile: 'demo',
      meta: sent.meta,
      checks: sent.meta.checks,
      status: 'pending_review',
      reasonCodes: [],
      idempotencyKey: sent.idempotencyKey,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      bytes: 7,
      receivedAt: receipt.receivedAt,
    });
    expect([...((await repo.jpeg(receipt.id)) ?? [])]).toEqual([...sent.jpeg]);
    expect(await repo.find(randomUUID())).toBeUndefined();
    expect(await repo.jpeg(randomUUID())).toBeUndefined();
  });

  test('replays the same key and JPEG, refuses the same key with another JPEG', async () => {
    const first = upload('ana');
    const { receipt } = created(await repo.deposit(first));
    expect(await repo.deposit({ ...first, jpeg: jpeg(1) })).toEqual({ kind: 'replayed', receipt });
    expect(await repo.deposit({ ...first, jpeg: jpeg(2) })).toEqual({ kind: 'conflict' });
    // The key is the owner's: somebody else's deposit with the same key is theirs.
    expect((await repo.deposit({ ...first, owner: person('bob') })).kind).toBe('created');
    expect(await repo.counts()).toMatchObject({ pending_review: 2 });
  });

  test('20 concurrent deposits with one key make one deposit', async () => {
    const sent = upload('ana');
    const results = await Promise.all(Array.from({ length: 20 }, () => repo.deposit(sent)));
    expect(results.filter(result => result.kind === 'created')).toHaveLength(1);
    expect(results.filter(result => result.kind === 'replayed')).toHaveLength(19);
    expect(new Set(results.map(result => result.kind !== 'conflict' && result.receipt.id)).size).toBe(1);
    expect(await repo.counts()).toEqual({ pending_review: 1, validated: 0, rejected: 0, superseded: 0 });
  });

  test('20 concurrent deposits with other keys are all kept, one of them pending', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => repo.deposit(upload('ana', { seed: i }))),
    );
    expect(results.every(result => result.kind === 'created')).toBe(true);
    expect(await repo.counts()).toEqual({ pending_review: 1, validated: 0, rejected: 0, superseded: 19 });
    const others = await Promise.all(Array.from({ length: 20 }, (_, i) => repo.deposit(upload(`p${i}`))));
    expect(others.every(result => result.kind === 'created')).toBe(true);
    expect((await repo.counts()).pending_review).toBe(21);
  });

  test("a new deposit supersedes the owner's pending one, which is kept", async () => {
    const old = created(await repo.deposit(upload('ana'))).receipt;
    const decided = created(await repo.deposit(upload('ana'))).receipt;
    await repo.decide(decided.id, decision('validated'));
    const next = created(await repo.deposit(upload('ana')));
    // Only a pending deposit is superseded: a decided one stays decided.
    expect(next.superseded).toBeUndefined();
    expect((await repo.find(old.id))?.status).toBe('superseded');
    expect((await repo.find(decided.id))?.status).toBe('validated');
    const last = created(await repo.deposit(upload('ana')));
    expect(last.superseded).toBe(next.receipt.id);
    expect(await repo.jpeg(old.id)).toBeDefined();
    expect((await repo.list({ limit: 10 })).photos.map(photo => photo.id)).toEqual([
      decided.id,
      last.receipt.id,
    ]);
    const superseded = await repo.list({ status: 'superseded', limit: 10 });
    expect(superseded.photos.map(photo => photo.id)).toEqual([old.id, next.receipt.id]);
  });

  test('lists oldest first, page by page, by status and role', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const sent = upload(`p${i}`, { meta: meta(i % 3 === 0 ? 'staff' : 'student') });
      ids.push(created(await repo.deposit(sent)).receipt.id);
    }
    const all = (await repo.list({ limit: 100 })).photos;
    const key = (photo: Deposit) => `${photo.receivedAt} ${photo.id}`;
    const sorted = [...all].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    expect(all.map(photo => photo.id)).toEqual(sorted.map(photo => photo.id));
    expect(new Set(all.map(photo => photo.id))).toEqual(new Set(ids));

    const first = await repo.list({ limit: 3 });
    expect(first.photos.map(photo => photo.id)).toEqual(sorted.slice(0, 3).map(photo => photo.id));
    // What changes between two pages neither repeats nor skips the rows after the cursor.
    await repo.decide(ids[0] ?? '', decision('validated'));
    const late = created(await repo.deposit(upload('late'))).receipt.id;
    const seen = [...first.photos];
    for (let next = first.next; next;) {
      const page = await repo.list({ limit: 3, after: next });
      seen.push(...page.photos);
      next = page.next;
    }
    expect(seen.map(photo => photo.id)).toEqual([...sorted.map(photo => photo.id), late]);

    const staff = await repo.list({ role: 'staff', limit: 100 });
    expect(staff.photos.map(photo => photo.id)).toEqual(
      sorted.filter(p => p.role === 'staff').map(p => p.id),
    );
    expect(staff.next).toBeUndefined();
    const validated = await repo.list({ status: 'validated', limit: 100 });
    expect(validated.photos.map(photo => photo.id)).toEqual([ids[0]]);
    await expect(repo.list({ limit: 3, after: 'nonsense' })).rejects.toThrow(RangeError);
    await expect(repo.list({ limit: 0 })).rejects.toThrow(RangeError);
  });

  test('counts every status, zeros included', async () => {
    expect(await repo.counts()).toEqual({ pending_review: 0, validated: 0, rejected: 0, superseded: 0 });
    await repo.deposit(upload('ana'));
    await repo.deposit(upload('ana'));
    const bob = created(await repo.deposit(upload('bob'))).receipt.id;
    const eve = created(await repo.deposit(upload('eve'))).receipt.id;
    await repo.deposit(upload('ian'));
    await repo.decide(bob, decision('rejected'));
    await repo.decide(eve, decision('validated'));
    expect(await repo.counts()).toEqual({ pending_review: 2, validated: 1, rejected: 1, superseded: 1 });
  });

  test('decides, logs every decision, and refuses unknown and superseded deposits', async () => {
    const old = created(await repo.deposit(upload('ana'))).receipt.id;
    const id = created(await repo.deposit(upload('ana'))).receipt.id;
    const rejected = decision('rejected', '2026-12-02T09:00:00.000Z');
    expect(await repo.decide(id, rejected)).toMatchObject({
      id,
      status: 'rejected',
      reason: 'Ombre sur le visage',
      reasonCodes: ['light'],
      decidedAt: rejected.at,
    });
    // A reviewer may change their mind: the deposit says the last word, the log says them all.
    const validated = { ...decision('validated', '2026-12-02T09:05:00.000Z'), reviewer: 'scol2' };
    const now = await repo.decide(id, validated);
    expect(now).toMatchObject({ status: 'validated', reasonCodes: [], decidedAt: validated.at });
    expect(now?.reason).toBeUndefined();
    expect(await repo.decisions(id)).toEqual([rejected, validated]);
    expect(await repo.decide(randomUUID(), validated)).toBeUndefined();
    expect(await repo.decide(old, validated)).toBeUndefined();
    expect((await repo.find(old))?.status).toBe('superseded');
    expect(await repo.decisions(old)).toEqual([]);
  });

  test('concurrent decisions on one deposit are all logged', async () => {
    const id = created(await repo.deposit(upload('ana'))).receipt.id;
    await Promise.all(Array.from({ length: 8 }, () => repo.decide(id, decision('validated'))));
    expect(await repo.decisions(id)).toHaveLength(8);
  });

  test('queues the mail of a write in its transaction', async () => {
    const id = created(await repo.deposit(upload('ana'), mailTo)).receipt.id;
    await repo.decide(id, decision('validated'), mailTo);
    const due = await repo.mail.due(new Date(Date.now() + 1000), 10);
    expect(due.map(mail => [mail.to, mail.raw])).toEqual([
      ['ana@etu.example.fr', `pending_review ${id}`],
      ['ana@etu.example.fr', `validated ${id}`],
    ]);
    // No address, no mail, and the deposit is kept.
    const anonymous = created(await repo.deposit({ ...upload('bob'), owner: { login: 'bob' } }, mailTo));
    expect(await repo.find(anonymous.receipt.id)).toBeDefined();
    expect(await repo.mail.due(new Date(Date.now() + 1000), 10)).toHaveLength(2);
  });

  test('a mail that cannot be built undoes its deposit or decision', async () => {
    const broken: MailFor = () => {
      throw new Error('no template');
    };
    const first = created(await repo.deposit(upload('ana'))).receipt.id;
    const sent = upload('ana');
    await expect(repo.deposit(sent, broken)).rejects.toThrow('no template');
    expect(await repo.counts()).toEqual({ pending_review: 1, validated: 0, rejected: 0, superseded: 0 });
    expect((await repo.find(first))?.status).toBe('pending_review');
    await expect(repo.decide(first, decision('validated'), broken)).rejects.toThrow('no template');
    expect((await repo.find(first))?.status).toBe('pending_review');
    expect(await repo.decisions(first)).toEqual([]);
    expect(await repo.mail.due(new Date(Date.now() + 1000), 10)).toEqual([]);
    // The same key works once the mail does: nothing of the failed attempt was kept.
    expect((await repo.deposit(sent, mailTo)).kind).toBe('created');
  });

  test('mail outbox: due oldest first, failed waits, sent leaves', async () => {
    await repo.mail.queue({ to: 'a@example.fr', raw: 'one' });
    await repo.mail.queue({ to: 'b@example.fr', raw: 'two' });
    const now = new Date(Date.now() + 1000);
    const [one, two, ...rest] = await repo.mail.due(now, 10);
    expect([one?.raw, two?.raw, rest]).toEqual(['one', 'two', []]);
    expect(one).toMatchObject({ to: 'a@example.fr', attempts: 0 });
    expect(one?.lastError).toBeUndefined();
    expect(await repo.mail.due(now, 1)).toHaveLength(1);
    expect(await repo.mail.due(new Date(0), 10)).toEqual([]);

    const later = new Date(now.getTime() + 60_000);
    await repo.mail.failed(one?.id ?? '', later, '421 try again');
    expect((await repo.mail.due(now, 10)).map(mail => mail.raw)).toEqual(['two']);
    expect(await repo.mail.due(later, 10)).toContainEqual({
      ...one,
      attempts: 1,
      nextAt: later.toISOString(),
      lastError: '421 try again',
    });
    await repo.mail.sent(two?.id ?? '');
    expect((await repo.mail.due(later, 10)).map(mail => mail.raw)).toEqual(['one']);
  });

  test('forgets a person: deposits, JPEGs, decisions and mails to their address', async () => {
    const old = created(await repo.deposit(upload('ana'), mailTo)).receipt.id;
    const id = created(await repo.deposit(upload('ana'), mailTo)).receipt.id;
    await repo.decide(id, decision('rejected'), mailTo);
    await repo.mail.queue({ to: 'ANA@etu.example.fr', raw: 'reminder' });
    const kept = created(await repo.deposit(upload('bob'), mailTo)).receipt.id;
    expect(await repo.forget('ana')).toBe(2);
    for (const gone of [old, id]) {
      expect(await repo.find(gone)).toBeUndefined();
      expect(await repo.jpeg(gone)).toBeUndefined();
      expect(await repo.decisions(gone)).toEqual([]);
    }
    expect((await repo.mail.due(new Date(Date.now() + 1000), 10)).map(mail => mail.to)).toEqual([
      'bob@etu.example.fr',
    ]);
    expect(await repo.find(kept)).toBeDefined();
    expect(await repo.forget('ana')).toBe(0);
  });

  test('prunes superseded and rejected deposits once old enough, with their JPEGs', async () => {
    const superseded = created(await repo.deposit(upload('ana'))).receipt.id;
    const pending = created(await repo.deposit(upload('ana'))).receipt.id;
    const rejected = created(await repo.deposit(upload('bob'))).receipt.id;
    const validated = created(await repo.deposit(upload('eve'))).receipt.id;
    const decidedAt = new Date(Date.now() + 20 * 86_400_000);
    await repo.decide(rejected, decision('rejected', decidedAt.toISOString()));
    await repo.decide(validated, decision('validated'));
    const days = { superseded: 30, rejected: 30 };
    const inDays = (count: number) => new Date(Date.now() + count * 86_400_000);
    expect(await repo.prune(days, inDays(29))).toBe(0);
    // Superseded counts from its arrival, rejected from its decision (20 days later).
    expect(await repo.prune(days, inDays(31))).toBe(1);
    expect(await repo.find(superseded)).toBeUndefined();
    expect(await repo.jpeg(superseded)).toBeUndefined();
    expect(await repo.find(rejected)).toBeDefined();
    expect(await repo.prune(days, inDays(51))).toBe(1);
    expect(await repo.find(rejected)).toBeUndefined();
    expect(await repo.decisions(rejected)).toEqual([]);
    expect(await repo.prune({ superseded: 0, rejected: 0 }, inDays(1000))).toBe(0);
    expect((await repo.list({ limit: 10 })).photos.map(photo => photo.id)).toEqual([pending, validated]);
  });

  test('everything is found again after a restart, and migrations run once', async () => {
    const id = created(await repo.deposit(upload('ana', { seed: 9 }), mailTo)).receipt.id;
    await repo.decide(id, decision('validated'));
    const before = { deposit: await repo.find(id), decisions: await repo.decisions(id) };
    await repo.close();
    repo = await openRepository(place);
    await repo.close();
    // Two intake processes starting at once on one database.
    const [one, two] = await Promise.all([openRepository(place), openRepository(place)]);
    await two?.close();
    repo = one;
    expect(await repo.find(id)).toEqual(before.deposit);
    expect(await repo.decisions(id)).toEqual(before.decisions);
    expect([...((await repo.jpeg(id)) ?? [])]).toEqual([...jpeg(9)]);
    expect(await repo.mail.due(new Date(Date.now() + 1000), 10)).toHaveLength(1);
    expect((await repo.deposit(upload('ana'))).kind).toBe('created');
  });
}

describe('SQLite', () => {
  sharedSuite(freshSqlite);

  test('one file in a folder of its own, in WAL mode', async () => {
    const place = await freshSqlite();
    await (await openRepository(place)).close();
    expect((await stat(place.dir)).mode & 0o777).toBe(0o700);
    const database = new SQLite(join(place.dir, sqliteFile), { readonly: true });
    expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
    database.close();
  });
});

describe('PostgreSQL', () => {
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(() => server?.stop());

  sharedSuite(freshPostgres);

  test('deposits of one person that start at the same instant leave one pending', async () => {
    const place = await freshPostgres();
    const repo = await openRepository(place);
    const [holder, watcher] = [new pg.Client(place.databaseUrl), new pg.Client(place.databaseUrl)];
    try {
      await Promise.all([holder.connect(), watcher.connect()]);
      // Another session holds the table, so each deposit's first write waits for it and all of them go on together
      // when it lets go: the window a race needs, opened every time rather than by luck.
      await holder.query('begin; lock table deposits in share mode');
      const racing = Promise.all(
        Array.from({ length: 20 }, (_, i) => repo.deposit(upload('ana', { seed: i }))),
      );
      const waiting = async () =>
        Number(
          (
            await watcher.query<{ count: string }>(
              "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
            )
          ).rows[0]?.count,
        );
      // As many as the pool has connections (10).
      await expect.poll(waiting, { timeout: 10_000 }).toBe(10);
      await holder.query('commit');
      const results = await racing;
      expect(results.every(result => result.kind === 'created')).toBe(true);
      expect(await repo.counts()).toEqual({ pending_review: 1, validated: 0, rejected: 0, superseded: 19 });
    } finally {
      await Promise.all([holder.end(), watcher.end(), repo.close()]);
    }
  }, 30_000);
});
