import type { Kysely } from 'kysely';
import type { Repository } from './contract';
import type { Database } from './schema';

/**
 * What leaves the database, and when. A deposit's JPEG and decisions go with it (foreign keys, ON DELETE CASCADE),
 * in the same transaction: nothing is left behind half-deleted.
 */

const day = 24 * 60 * 60 * 1000;

export async function forget(db: Kysely<Database>, login: string): Promise<number> {
  return db.transaction().execute(async trx => {
    // Queued mails name an address, not a login: the addresses this person deposited with. Deleting them first
    // also makes the first statement a write, which SQLite waits for rather than failing if another process writes.
    await trx
      .deleteFrom('mail_outbox')
      .where(eb =>
        eb(
          eb.fn('lower', ['recipient']),
          'in',
          eb
            .selectFrom('deposits')
            .select(inner => inner.fn<string>('lower', ['email']).as('address'))
            .where('owner', '=', login)
            .where('email', 'is not', null),
        ),
      )
      .execute();
    const { numDeletedRows } = await trx.deleteFrom('deposits').where('owner', '=', login).executeTakeFirst();
    return Number(numDeletedRows);
  });
}

/**
 * A superseded deposit counts from its arrival (nobody reviews it any more), a rejected one from its decision (the
 * person may still want to read why).
 */
export async function prune(
  db: Kysely<Database>,
  days: Parameters<Repository['prune']>[0],
  now = new Date(),
): Promise<number> {
  const before = (count: number) => new Date(now.getTime() - count * day).toISOString();
  const { numDeletedRows } = await db
    .deleteFrom('deposits')
    .where(eb =>
      eb.or([
        eb.and([eb('status', '=', 'superseded'), eb('received_at', '<', before(days.superseded))]),
        eb.and([
          eb('status', '=', 'rejected'),
          eb(eb.fn.coalesce('decided_at', 'received_at'), '<', before(days.rejected)),
        ]),
      ]),
    )
    .executeTakeFirst();
  return Number(numDeletedRows);
}
