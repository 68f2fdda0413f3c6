import type { Lang } from '../../../shared/i18n/lang';
import type { DecisionRecord, DepositStatus, Person, ReviewPhoto } from '../../../shared/review';
import type { Meta, Receipt } from '../../../shared/upload';

/**
 * What the intake keeps, whatever the database (SQLite by default, PostgreSQL with DATABASE_URL): one interface,
 * implemented once over Kysely (repository.ts). Every write is durable before its promise resolves: the JPEG is a
 * column of the same transaction as its row (never one without the other, and one backup holds both), and commits
 * are synchronous (SQLite `synchronous=FULL`, PostgreSQL's default).
 */
export type Deposit = ReviewPhoto & {
  email?: string;
  profile: string;
  meta: Meta;
  idempotencyKey: string;
  /** SHA-256 of the JPEG, hex: the same key with another photo is a conflict. */
  sha256: string;
  bytes: number;
  reason?: string;
  reasonCodes: string[];
  decidedAt?: string;
};

/** What esup-sgc's web service takes beside the JPEG (spa/intake/esup): the eppn is the signed-in login. */
export type EsupRequest = {
  eppn: string;
  difPhoto: boolean;
  crous: boolean;
  european: boolean;
  /** The person's browser, which esup-sgc records with the request. */
  userAgent: string;
};
/** Why esup-sgc refused a request for good: 403, 423, 422. */
export type EsupRefusal = 'not_allowed' | 'locked' | 'invalid';

/** A forward in the queue, as the forwarder reads it. */
export type EsupForward = {
  depositId: string;
  request: EsupRequest;
  state: 'queued' | 'sent' | 'refused';
  attempts: number;
  /** Card ids the person had before the first try; undefined until then. */
  knownCards?: string[];
  cardId?: string;
  refusal?: EsupRefusal;
};

export type NewDeposit = {
  owner: Person;
  idempotencyKey: string;
  jpeg: Uint8Array;
  meta: Meta;
  lang: Lang;
  /** Set when the intake forwards to esup-sgc: queued in the deposit's transaction. */
  forward?: EsupRequest;
};

export type Mail = {
  /** One bare address: forget() finds a person's queued mails by it. */
  to: string;
  /** RFC 5322 message, as built by the mail module (nodemailer's MailComposer), sent as is. */
  raw: string;
};

/**
 * The mail that goes with a write (the receipt of a deposit, a decision), built from the row being written and queued
 * in the same transaction: a crash or a mail server that is down can delay it, never lose it. It may be async (the
 * composer is) but must stay quick and local: the transaction waits for it. If it throws, the write is undone.
 */
export type MailFor = (deposit: Deposit) => Mail | undefined | Promise<Mail | undefined>;

export type DepositResult =
  | { kind: 'created'; receipt: Receipt; superseded?: string }
  | { kind: 'replayed'; receipt: Receipt }
  | { kind: 'conflict' };

export type ListQuery = {
  status?: DepositStatus;
  role?: ReviewPhoto['role'];
  /** The `next` of the previous page. Any other text, or a limit below 1, is a RangeError (for the handler, a 400). */
  after?: string;
  limit: number;
};

/** A mail waiting to be sent, in the outbox table: it leaves it only once the server took it. */
export type QueuedMail = Mail & { id: string; attempts: number; nextAt: string; lastError?: string };

export type Repository = {
  /**
   * Stores a deposit once per (owner, key): `created` the first time (a pending deposit of the same owner becomes
   * `superseded`, and its id is returned), `replayed` with the same receipt for the same key and the same JPEG,
   * `conflict` for the same key and another JPEG. Concurrent calls with the same (owner, key) make one deposit.
   */
  deposit(deposit: NewDeposit, mail?: MailFor): Promise<DepositResult>;
  find(id: string): Promise<Deposit | undefined>;
  jpeg(id: string): Promise<Uint8Array | undefined>;
  /** Oldest first, by receivedAt then id; `next` when more remain. Superseded ones only when asked by status. */
  list(query: ListQuery): Promise<{ photos: Deposit[]; next?: string }>;
  counts(): Promise<Record<DepositStatus, number>>;
  /** Sets the status and logs the decision; undefined for an unknown id, or one that is `superseded`. */
  decide(id: string, decision: DecisionRecord, mail?: MailFor): Promise<Deposit | undefined>;
  decisions(id: string): Promise<DecisionRecord[]>;
  /**
   * RGPD: every deposit, JPEG and decision of this login, and the queued mails to the addresses it deposited with;
   * how many deposits went.
   */
  forget(login: string): Promise<number>;
  /**
   * Removes superseded deposits received, and rejected ones decided, more than these many days before `now` (with
   * their JPEGs and decisions); how many went.
   */
  prune(days: { superseded: number; rejected: number }, now?: Date): Promise<number>;
  mail: {
    queue(mail: Mail): Promise<void>;
    /** Due by `now`, oldest first. */
    due(now: Date, limit: number): Promise<QueuedMail[]>;
    sent(id: string): Promise<void>;
    failed(id: string, nextAt: Date, error: string): Promise<void>;
  };
  /** The esup-sgc forwards' durable queue (spa/intake/esup/forwarder.ts). */
  forwards: {
    due(now: Date, limit: number): Promise<EsupForward[]>;
    of(depositId: string): Promise<EsupForward | undefined>;
    /** Before the first try: the cards the person already had. */
    known(depositId: string, cards: string[]): Promise<void>;
    sent(depositId: string, cardId: string): Promise<void>;
    refused(depositId: string, refusal: EsupRefusal): Promise<void>;
    failed(depositId: string, nextAt: Date, error: string): Promise<void>;
  };
  close(): Promise<void>;
};
