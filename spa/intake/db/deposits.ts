import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DepositResult, MailFor, NewDeposit } from './contract';
import { timeOrderedId } from './ids';
import { enqueueForward } from './forwards';
import { enqueueFor } from './outbox';
import { isUniqueViolation, receiptOf, toDeposit } from './rows';
import type { Database, DepositRow } from './schema';

/**
 * How many times a deposit is tried again after losing a race: each loss means another deposit of the same person
 * committed, so this bounds how many of them may arrive at the same instant, not how long a deposit waits.
 */
const maxAttempts = 50;

async function replayOf(db: Kysely<Database>, login: string, key: string, sha256: string) {
  const known = await db
    .selectFrom('deposits')
    .select(['id', 'received_at', 'sha256'])
    .where('owner', '=', login)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  if (!known) return undefined;
  return known.sha256 === sha256
    ? ({ kind: 'replayed', receipt: receiptOf(known) } as const)
    : { kind: 'conflict' as const };
}

/**
 * One transaction: the person's pending deposit is superseded first, then the new one goes in with its JPEG and its
 * mail. Racing deposits of one person meet on a unique index, (owner, key) or "one pending per owner": the loser's
 * transaction fails whole, and its next attempt finds the winner's row, to replay or to supersede.
 */
async function create(
  trx: Kysely<Database>,
  input: NewDeposit,
  sha256: string,
  mail?: MailFor,
): Promise<DepositResult> {
  const { owner, meta } = input;
  // Superseding first also makes this transaction's first statement a write: SQLite takes its write lock here, so
  // a second process waits (busy_timeout) instead of failing halfway.
  const superseded = await trx
    .updateTable('deposits')
    .set({ status: 'superseded' })
    .where('owner', '=', owner.login)
    .where('status', '=', 'pending_review')
    .returning('id')
    .executeTakeFirst();
  const row: DepositRow = {
    id: timeOrderedId(),
    owner: owner.login,
    name: owner.name ?? null,
    email: owner.email ?? null,
    role: meta.role,
    lang: input.lang,
    profile: meta.profile,
    meta: JSON.stringify(meta),
    checks: JSON.stringify(meta.checks),
    status: 'pending_review',
    reason: null,
    reason_codes: '[]',
    idempotency_key: input.idempotencyKey,
    sha256,
    bytes: input.jpeg.byteLength,
    received_at: new Date().toISOString(),
    decided_at: null,
  };
  await trx.insertInto('deposits').values(row).execute();
  await trx.insertInto('photos').values({ deposit_id: row.id, jpeg: input.jpeg }).execute();
  if (input.forward) await enqueueForward(trx, row.id, input.forward);
  await enqueueFor(trx, toDeposit(row), mail);
  const receipt = receiptOf(row);
  return superseded ? { kind: 'created', receipt, superseded: superseded.id } : { kind: 'created', receipt };
}

export async function deposit(
  db: Kysely<Database>,
  input: NewDeposit,
  mail?: MailFor,
): Promise<DepositResult> {
  const sha256 = createHash('sha256').update(input.jpeg).digest('hex');
  for (let attempt = 1; ; attempt++) {
    const known = await replayOf(db, input.owner.login, input.idempotencyKey, sha256);
    if (known) return known;
    try {
      return await db.transaction().execute(trx => create(trx, input, sha256, mail));
    } catch (error) {
      if (!isUniqueViolation(error) || attempt === maxAttempts) throw error;
    }
  }
}
