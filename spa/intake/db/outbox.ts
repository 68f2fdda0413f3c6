import type { Kysely } from 'kysely';
import type { Deposit, Mail, MailFor, Repository } from './contract';
import { timeOrderedId } from './ids';
import { toMail } from './rows';
import type { Database } from './schema';

/** Queues a mail with whatever `db` is: the repository, or the transaction of the write the mail reports. */
async function enqueue(db: Kysely<Database>, mail: Mail): Promise<void> {
  const at = new Date().toISOString();
  await db
    .insertInto('mail_outbox')
    .values({
      id: timeOrderedId(),
      recipient: mail.to,
      raw: mail.raw,
      attempts: 0,
      next_at: at,
      created_at: at,
    })
    .execute();
}

/** The mail a write asks for, queued in its transaction: a MailFor that throws undoes the write. */
export async function enqueueFor(trx: Kysely<Database>, deposit: Deposit, mail?: MailFor): Promise<void> {
  const queued = await mail?.(deposit);
  if (queued) await enqueue(trx, queued);
}

export function outbox(db: Kysely<Database>): Repository['mail'] {
  return {
    queue: mail => enqueue(db, mail),
    async due(now, limit) {
      const rows = await db
        .selectFrom('mail_outbox')
        .selectAll()
        .where('next_at', '<=', now.toISOString())
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toMail);
    },
    async sent(id) {
      await db.deleteFrom('mail_outbox').where('id', '=', id).execute();
    },
    async failed(id, nextAt, error) {
      await db
        .updateTable('mail_outbox')
        .set(eb => ({ attempts: eb('attempts', '+', 1), next_at: nextAt.toISOString(), last_error: error }))
        .where('id', '=', id)
        .execute();
    },
  };
}
