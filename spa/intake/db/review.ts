import type { Kysely } from 'kysely';
import { depositStatuses, type DecisionRecord, type DepositStatus } from '../../../shared/review';
import type { Deposit, ListQuery, MailFor, Repository } from './contract';
import { enqueueFor } from './outbox';
import { toDecision, toDeposit } from './rows';
import type { Database } from './schema';

/** The reviewers' side: the queue, page by page, and their decisions. */

type Position = [receivedAt: string, id: string];

/**
 * Where the previous page stopped, as the last row's sort key (keyset paging): rows arriving or leaving meanwhile
 * neither repeat nor skip the rows after it, as an offset would. Opaque to clients, so its form may change.
 */
const cursor = {
  encode: (position: Position) => Buffer.from(JSON.stringify(position)).toString('base64url'),
  decode(text: string): Position {
    try {
      const position: unknown = JSON.parse(Buffer.from(text, 'base64url').toString());
      if (
        Array.isArray(position) &&
        position.length === 2 &&
        position.every(part => typeof part === 'string')
      )
        return position as Position;
    } catch {
      // Reported below, like any other text that is not a cursor.
    }
    throw new RangeError('Not a cursor from this list');
  },
};

export async function list(db: Kysely<Database>, query: ListQuery): ReturnType<Repository['list']> {
  const { status, role, after, limit } = query;
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`limit must be a positive integer, not ${limit}`);
  let select = db.selectFrom('deposits').selectAll();
  select = status ? select.where('status', '=', status) : select.where('status', '<>', 'superseded');
  if (role) select = select.where('role', '=', role);
  if (after) {
    const [receivedAt, id] = cursor.decode(after);
    select = select.where(({ eb, refTuple, tuple }) =>
      eb(refTuple('received_at', 'id'), '>', tuple(receivedAt, id)),
    );
  }
  // One row more than asked says whether another page follows.
  const rows = await select
    .orderBy('received_at')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const photos = page.map(toDeposit);
  return rows.length > limit && last
    ? { photos, next: cursor.encode([last.received_at, last.id]) }
    : { photos };
}

export async function counts(db: Kysely<Database>): Promise<Record<DepositStatus, number>> {
  const rows = await db
    .selectFrom('deposits')
    .select(eb => ['status', eb.fn.countAll().as('count')])
    .groupBy('status')
    .execute();
  // PostgreSQL counts in bigint, which pg hands over as a string.
  const found = new Map(rows.map(row => [row.status, Number(row.count)]));
  const counted = depositStatuses.map(status => [status, found.get(status) ?? 0] as const);
  return Object.fromEntries(counted) as Record<DepositStatus, number>;
}

/**
 * The update takes the deposit's row lock, so two reviewers deciding at once are numbered one after the other, and
 * a deposit superseded meanwhile is seen as such.
 */
export async function decide(
  db: Kysely<Database>,
  id: string,
  decision: DecisionRecord,
  mail?: MailFor,
): Promise<Deposit | undefined> {
  const reason = decision.reason ?? null;
  const reasonCodes = JSON.stringify(decision.reasonCodes);
  return db.transaction().execute(async trx => {
    const row = await trx
      .updateTable('deposits')
      .set({ status: decision.status, reason, reason_codes: reasonCodes, decided_at: decision.at })
      .where('id', '=', id)
      .where('status', '<>', 'superseded')
      .returningAll()
      .executeTakeFirst();
    if (!row) return undefined;
    const { last } = await trx
      .selectFrom('decisions')
      .select(eb => eb.fn.coalesce(eb.fn.max('seq'), eb.lit(0)).as('last'))
      .where('deposit_id', '=', id)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('decisions')
      .values({
        deposit_id: id,
        seq: Number(last) + 1,
        reviewer: decision.reviewer,
        at: decision.at,
        status: decision.status,
        reason,
        reason_codes: reasonCodes,
      })
      .execute();
    const deposit = toDeposit(row);
    await enqueueFor(trx, deposit, mail);
    return deposit;
  });
}

export async function decisions(db: Kysely<Database>, id: string): Promise<DecisionRecord[]> {
  const rows = await db
    .selectFrom('decisions')
    .selectAll()
    .where('deposit_id', '=', id)
    .orderBy('seq')
    .execute();
  return rows.map(toDecision);
}
