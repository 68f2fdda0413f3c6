import { connect, type Place } from './connect';
import type { Repository } from './contract';
import { deposit } from './deposits';
import { migrate } from './migrations';
import { forwards } from './forwards';
import { outbox } from './outbox';
import { counts, decide, decisions, list } from './review';
import { forget, prune } from './retention';
import { toDeposit } from './rows';

/**
 * The intake's storage (contract.ts) over SQLite in `dir`, or PostgreSQL when `databaseUrl` is given: connects,
 * brings the schema up to date, and answers once both are done.
 */
export async function openRepository(place: Place): Promise<Repository> {
  const db = await connect(place);
  try {
    await migrate(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    deposit: (input, mail) => deposit(db, input, mail),
    async find(id) {
      const row = await db.selectFrom('deposits').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toDeposit(row);
    },
    async jpeg(id) {
      const row = await db
        .selectFrom('photos')
        .select('jpeg')
        .where('deposit_id', '=', id)
        .executeTakeFirst();
      return row?.jpeg;
    },
    list: query => list(db, query),
    counts: () => counts(db),
    decide: (id, decision, mail) => decide(db, id, decision, mail),
    decisions: id => decisions(db, id),
    forget: login => forget(db, login),
    prune: (days, now) => prune(db, days, now),
    mail: outbox(db),
    forwards: forwards(db),
    close: () => db.destroy(),
  };
}
