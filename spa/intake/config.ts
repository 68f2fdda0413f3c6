import type { Faults } from './faults';
import { identityFromEnv, type IdentityMode, type IdentityOptions } from './identity';

export type IntakeOptions = {
  /** `.intake/`: the SQLite database, the JPEGs, the mails written as files when no SMTP server is set. */
  dir: string;
  /** postgres://…: PostgreSQL instead of SQLite. */
  databaseUrl?: string;
  identity: IdentityOptions;
  /** Logins that may review (INTAKE_REVIEWERS). */
  reviewers: ReadonlySet<string>;
  /** esup-sgc's base URL (ESUP_SGC_URL): every accepted deposit becomes a card request there. */
  esupUrl?: string;
  /** smtp://host:port; unset, mails are written under `<dir>/mail/`. */
  smtpUrl?: string;
  /** The studio's public address, for the link back in mails. */
  baseUrl: string;
  limits: {
    /** A body still coming after this long is cut (408). */
    bodyTimeoutMs: number;
    /** Uploads read at once; beyond, 503 with Retry-After. */
    concurrentUploads: number;
    /** New deposits per person per hour; beyond, 429 with Retry-After. */
    depositsPerHour: number;
    /** Days a superseded or rejected deposit is kept (its JPEG included). */
    retentionDays: { superseded: number; rejected: number };
  };
  /** What to play on the next uploads (faults.ts); the process's queue, from INTAKE_FAULTS, by default. */
  faults?: Faults;
};

const number = (value: string | undefined, fallback: number) =>
  value !== undefined && Number.isFinite(Number(value)) && Number(value) > 0 ? Number(value) : fallback;

/**
 * The intake as the environment configures it (README « Receiving side »). `identity` is what applies when
 * INTAKE_IDENTITY is unset: `demo` for `npm start` and `npm run dev`, `header` for a deployed server.
 */
export function intakeFromEnv(env: NodeJS.ProcessEnv, dir: string, identity: IdentityMode): IntakeOptions {
  const options = identityFromEnv(env, identity);
  const reviewers = env.INTAKE_REVIEWERS ?? (options.mode === 'demo' ? 'scolarite' : '');
  return {
    dir,
    databaseUrl: env.DATABASE_URL || undefined,
    identity: options,
    reviewers: new Set(
      reviewers
        .split(',')
        .map(login => login.trim())
        .filter(Boolean),
    ),
    smtpUrl: env.SMTP_URL || undefined,
    esupUrl: env.ESUP_SGC_URL || undefined,
    baseUrl: (env.INTAKE_PUBLIC_URL ?? 'http://127.0.0.1:4173').replace(/\/$/, ''),
    limits: {
      bodyTimeoutMs: number(env.INTAKE_BODY_TIMEOUT, 120) * 1000,
      concurrentUploads: number(env.INTAKE_MAX_UPLOADS, 20),
      depositsPerHour: number(env.INTAKE_DEPOSITS_PER_HOUR, 20),
      retentionDays: {
        superseded: number(env.INTAKE_KEEP_SUPERSEDED_DAYS, 30),
        rejected: number(env.INTAKE_KEEP_REJECTED_DAYS, 90),
      },
    },
  };
}
