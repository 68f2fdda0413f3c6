import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export type Place = {
  /** The embedded database's folder (`.intake/` for `npm start`): made if missing, for its owner's eyes only. */
  dir: string;
  /** `postgres://…` (DATABASE_URL): PostgreSQL instead of the embedded database; `dir` is then left alone. */
  databaseUrl?: string;
};

export const sqliteFile = 'intake.sqlite';

/**
 * Opens the database the intake was given. SQLite is tuned for a crash that must not lose an answered deposit: WAL
 * with `synchronous=FULL` (each commit is on disk before it returns), foreign keys enforced (they are off by
 * default), and a wait instead of an error when another process holds the write lock.
 */
export async function connect({ dir, databaseUrl }: Place): Promise<Kysely<Database>> {
  if (databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(databaseUrl))
      throw new Error('DATABASE_URL must be a postgres:// URL (the embedded database needs none)');
    const pool = new pg.Pool({ connectionString: databaseUrl });
    // An idle connection the server drops (a restart, a failover) is an 'error' event: unheard, it would end the
    // process; the pool replaces the connection on the next query.
    pool.on('error', error => console.warn(`PostgreSQL: idle connection lost (${error.message})`));
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  // ID photos and who sent them: personal data, nobody else's to read on a shared machine.
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const database = new SQLite(join(dir, sqliteFile));
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 10000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}
