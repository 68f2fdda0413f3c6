import { Migrator, PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';
import type { Database } from './schema';

/**
 * The schema's history, oldest first, written with Kysely's schema builder so that one migration runs on SQLite and
 * on PostgreSQL. Listed here rather than read from a folder, so the intake still finds them once bundled. A migration
 * is never edited once shipped: a change is a new entry, named so that it sorts last.
 */
const migrations: Record<string, Migration> = {
  '2026-12-01-initial': {
    async up(db: Kysely<unknown>) {
      // The one type the two databases spell differently.
      const binary = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';
      await db.schema
        .createTable('deposits')
        .addColumn('id', 'text', col => col.primaryKey())
        .addColumn('owner', 'text', col => col.notNull())
        .addColumn('name', 'text')
        .addColumn('email', 'text')
        .addColumn('role', 'text', col => col.notNull())
        .addColumn('lang', 'text', col => col.notNull())
        .addColumn('profile', 'text', col => col.notNull())
        .addColumn('meta', 'text', col => col.notNull())
        .addColumn('checks', 'text', col => col.notNull())
        .addColumn('status', 'text', col => col.notNull())
        .addColumn('reason', 'text')
        .addColumn('reason_codes', 'text', col => col.notNull().defaultTo('[]'))
        .addColumn('idempotency_key', 'text', col => col.notNull())
        .addColumn('sha256', 'text', col => col.notNull())
        .addColumn('bytes', 'integer', col => col.notNull())
        .addColumn('received_at', 'text', col => col.notNull())
        .addColumn('decided_at', 'text')
        // What makes a retried upload one deposit, even from two intake processes sharing a PostgreSQL.
        .addUniqueConstraint('deposits_owner_key', ['owner', 'idempotency_key'])
        .execute();
      // At most one photo awaits review per person: two racing deposits of one person cannot both stay pending.
      await db.schema
        .createIndex('deposits_one_pending')
        .on('deposits')
        .column('owner')
        .unique()
        .where(sql.ref('status'), '=', 'pending_review')
        .execute();
      await db.schema
        .createIndex('deposits_queue')
        .on('deposits')
        .columns(['status', 'received_at', 'id'])
        .execute();
      await db.schema
        .createIndex('deposits_received')
        .on('deposits')
        .columns(['received_at', 'id'])
        .execute();
      await db.schema
        .createTable('photos')
        .addColumn('deposit_id', 'text', col =>
          col.primaryKey().references('deposits.id').onDelete('cascade'),
        )
        .addColumn('jpeg', binary, col => col.notNull())
        .execute();
      await db.schema
        .createTable('decisions')
        .addColumn('deposit_id', 'text', col => col.notNull().references('deposits.id').onDelete('cascade'))
        .addColumn('seq', 'integer', col => col.notNull())
        .addColumn('reviewer', 'text', col => col.notNull())
        .addColumn('at', 'text', col => col.notNull())
        .addColumn('status', 'text', col => col.notNull())
        .addColumn('reason', 'text')
        .addColumn('reason_codes', 'text', col => col.notNull().defaultTo('[]'))
        .addPrimaryKeyConstraint('decisions_pk', ['deposit_id', 'seq'])
        .execute();
      await db.schema
        .createTable('mail_outbox')
        .addColumn('id', 'text', col => col.primaryKey())
        .addColumn('recipient', 'text', col => col.notNull())
        .addColumn('raw', 'text', col => col.notNull())
        .addColumn('attempts', 'integer', col => col.notNull().defaultTo(0))
        .addColumn('next_at', 'text', col => col.notNull())
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', col => col.notNull())
        .execute();
      await db.schema.createIndex('mail_outbox_due').on('mail_outbox').columns(['next_at']).execute();
    },
  },
  /** The card requests to forward to esup-sgc (spa/intake/esup), queued with their deposit. */
  '2026-12-03-esup-forwards': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('esup_forwards')
        .addColumn('deposit_id', 'text', col =>
          col.primaryKey().references('deposits.id').onDelete('cascade'),
        )
        .addColumn('eppn', 'text', col => col.notNull())
        .addColumn('request', 'text', col => col.notNull())
        .addColumn('state', 'text', col => col.notNull())
        .addColumn('attempts', 'integer', col => col.notNull().defaultTo(0))
        .addColumn('next_at', 'text', col => col.notNull())
        .addColumn('known_cards', 'text')
        .addColumn('card_id', 'text')
        .addColumn('refusal', 'text')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', col => col.notNull())
        .execute();
      await db.schema
        .createIndex('esup_forwards_due')
        .on('esup_forwards')
        .columns(['state', 'next_at'])
        .execute();
    },
  },
};

/** Brings the schema up to date; safe on every start, and from two processes at once (Kysely locks a table). */
export async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}
