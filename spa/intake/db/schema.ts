import type { Lang } from '../../../shared/i18n/lang';
import type { Decision, DepositStatus, ReviewPhoto } from '../../../shared/review';

/**
 * The tables as Kysely sees them (migrations.ts makes them). One representation for both databases: ids are UUIDs
 * as text, times are ISO 8601 UTC text from `Date#toISOString()` (fixed width, so text order is time order in SQL),
 * JSON is text. SQLite has no other types, and PostgreSQL's would come back as other JS types than SQLite's.
 */
export type Database = {
  deposits: {
    id: string;
    owner: string;
    name: string | null;
    email: string | null;
    role: ReviewPhoto['role'];
    lang: Lang;
    profile: string;
    /** JSON: the Meta sent with the photo. */
    meta: string;
    /** JSON: ReviewPhoto['checks']. */
    checks: string;
    status: DepositStatus;
    reason: string | null;
    /** JSON: RejectionCode[]. */
    reason_codes: string;
    idempotency_key: string;
    sha256: string;
    bytes: number;
    received_at: string;
    decided_at: string | null;
  };
  /** The JPEG apart from its row, so that listing deposits never reads a photo. */
  photos: { deposit_id: string; jpeg: Uint8Array };
  /** `seq` numbers one deposit's decisions in the order they were taken. */
  decisions: {
    deposit_id: string;
    seq: number;
    reviewer: string;
    at: string;
    status: Decision['status'];
    reason: string | null;
    reason_codes: string;
  };
  mail_outbox: {
    id: string;
    recipient: string;
    raw: string;
    attempts: number;
    next_at: string;
    last_error: string | null;
    created_at: string;
  };
  /**
   * A card request to forward to esup-sgc. `request`: JSON EsupRequest. `known_cards`: JSON card ids esup-sgc had
   * for the person before the first try, so a retry can tell whether a lost answer's request was stored.
   */
  esup_forwards: {
    deposit_id: string;
    eppn: string;
    request: string;
    state: 'queued' | 'sent' | 'refused';
    attempts: number;
    next_at: string;
    known_cards: string | null;
    card_id: string | null;
    refusal: string | null;
    last_error: string | null;
    created_at: string;
  };
};

export type DepositRow = Database['deposits'];
export type DecisionRow = Database['decisions'];
export type MailRow = Database['mail_outbox'];
