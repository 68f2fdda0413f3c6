import * as v from 'valibot';
import { langs } from './i18n/lang';
import { roles } from './profiles/vocabulary';

/** The upload contract (DESIGN.md): what a client sends beside the JPEG, and what the intake answers. */
export const MetaSchema = v.object({
  profile: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{1,30}$/)),
  role: v.picklist(roles),
  consent: v.object({
    version: v.pipe(v.string(), v.nonEmpty()),
    choices: v.array(v.string()),
    at: v.pipe(v.string(), v.isoTimestamp()),
  }),
  /** The studio's language when the photo was sent: the person's mails are written in it. */
  lang: v.optional(v.picklist(langs)),
  /** Asked only when the profile's `esup` says so: CROUS services, the European Student Card. */
  card: v.optional(v.object({ crous: v.boolean(), european: v.boolean() })),
  /** Staff only: « Je certifie que cette photo me représente ». */
  certified: v.optional(v.boolean()),
  checks: v.object({
    verdict: v.picklist(['ok', 'warnings', 'blocked']),
    failed: v.array(v.string()),
    warned: v.array(v.string()),
  }),
});
export type Meta = v.InferOutput<typeof MetaSchema>;

/** What the person can be told of their deposit: `superseded` once a newer one of theirs replaced it. */
export const photoStatuses = ['pending_review', 'validated', 'rejected', 'superseded'] as const;
export type PhotoStatus = (typeof photoStatuses)[number];

/** 201 (or 200 on a replay of the same Idempotency-Key). */
export type Receipt = { id: string; status: 'pending_review'; receivedAt: string };
/** GET {endpoint}/{id}. */
export type StatusAnswer = {
  id: string;
  status: PhotoStatus;
  reason?: string;
  reasonCodes?: string[];
  /** Forwarded to esup-sgc: its card's state (`NEW`, `IN_PRINT`, `ENABLED`…), once it has one. */
  card?: string;
  /** Forwarded to esup-sgc: still on its way, or refused for good (403, 423, 422). */
  forward?: 'queued' | 'not_allowed' | 'locked' | 'invalid';
};
/** Every 4xx/5xx body. */
export type ErrorAnswer = { error: { code: string; message: string } };

export const maxUploadBytes = 2 * 1024 * 1024;
export const idempotencyHeader = 'Idempotency-Key';
