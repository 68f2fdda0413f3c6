import type { DecisionRecord } from '../../../shared/review';
import type { Receipt } from '../../../shared/upload';
import type { Deposit, QueuedMail } from './contract';
import type { DecisionRow, DepositRow, MailRow } from './schema';

/** Rows to the contract's objects and back: JSON text parsed, NULL columns left out rather than kept as null. */

export function toDeposit(row: DepositRow): Deposit {
  return {
    id: row.id,
    owner: row.owner,
    ...(row.name === null ? {} : { name: row.name }),
    ...(row.email === null ? {} : { email: row.email }),
    role: row.role,
    lang: row.lang,
    profile: row.profile,
    meta: JSON.parse(row.meta) as Deposit['meta'],
    checks: JSON.parse(row.checks) as Deposit['checks'],
    status: row.status,
    ...(row.reason === null ? {} : { reason: row.reason }),
    reasonCodes: JSON.parse(row.reason_codes) as Deposit['reasonCodes'],
    idempotencyKey: row.idempotency_key,
    sha256: row.sha256,
    bytes: row.bytes,
    receivedAt: row.received_at,
    ...(row.decided_at === null ? {} : { decidedAt: row.decided_at }),
  };
}

/** The answer first given for a deposit, whatever happened to it since: a replay must say the same. */
export const receiptOf = (row: Pick<DepositRow, 'id' | 'received_at'>): Receipt => ({
  id: row.id,
  status: 'pending_review',
  receivedAt: row.received_at,
});

export function toDecision(row: DecisionRow): DecisionRecord {
  return {
    status: row.status,
    ...(row.reason === null ? {} : { reason: row.reason }),
    reasonCodes: JSON.parse(row.reason_codes) as DecisionRecord['reasonCodes'],
    reviewer: row.reviewer,
    at: row.at,
  };
}

export function toMail(row: MailRow): QueuedMail {
  return {
    id: row.id,
    to: row.recipient,
    raw: row.raw,
    attempts: row.attempts,
    nextAt: row.next_at,
    ...(row.last_error === null ? {} : { lastError: row.last_error }),
  };
}

/** PostgreSQL's unique_violation, or SQLite's (better-sqlite3 names its codes). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
