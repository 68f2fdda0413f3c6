import ky, { HTTPError, TimeoutError, type RetryOptions } from 'ky';
import type { Key, Params } from '../../shared/i18n';
import { isKey } from '../../shared/i18n/fr';
import {
  idempotencyHeader,
  type ErrorAnswer,
  type Meta,
  type Receipt,
  type StatusAnswer,
} from '../../shared/upload';
import { progressFetch, type Progress } from './xhr-fetch';

export type { Progress };
/** `retryable`: the photo is fine, the network or the server was not; it waits in the outbox for another go. */
export type SendResult =
  { ok: true; receipt: Receipt } | { ok: false; retryable: boolean; message: Key; params?: Params };

export type SendOptions = { onProgress?: (progress: Progress) => void; retry?: RetryOptions };

/**
 * Exponential backoff (1, 2, 4, 8 s, at most 30 s) with jitter between half and all of it, so a hundred phones
 * coming back online together do not knock at the same instant. 429 and 503 wait what Retry-After says (no
 * jitter, at most a minute). POST is retried: the Idempotency-Key makes every retry the same deposit.
 */
export const retryPolicy: RetryOptions = {
  limit: 4,
  methods: ['post', 'get'],
  statusCodes: [408, 429, 500, 502, 503, 504],
  afterStatusCodes: [429, 503],
  maxRetryAfter: 60_000,
  delay: attempt => 1000 * 2 ** (attempt - 1),
  backoffLimit: 30_000,
  jitter: delay => delay / 2 + (Math.random() * delay) / 2,
  retryOnTimeout: true,
};

/** POST the photo by the upload contract; never throws. The caller makes the key once per photo and keeps it. */
export async function sendPhoto(
  endpoint: string,
  photo: Blob,
  meta: Meta,
  key: string,
  { onProgress, retry = retryPolicy }: SendOptions = {},
): Promise<SendResult> {
  const body = new FormData();
  body.append('photo', photo, 'photo.jpg');
  body.append('meta', JSON.stringify(meta));
  try {
    const receipt = await ky
      .post(endpoint, {
        body,
        headers: { [idempotencyHeader]: key },
        timeout: 60_000, // per attempt: a 60 kB photo on one bar of 3G, with a long round trip
        retry,
        fetch: onProgress && typeof XMLHttpRequest === 'function' ? progressFetch(onProgress) : undefined,
      })
      .json<Receipt>();
    return { ok: true, receipt };
  } catch (error) {
    if (error instanceof HTTPError) {
      const status = error.response.status;
      if (status >= 500 || status === 408 || status === 429)
        return { ok: false, retryable: true, message: 'upload.error.server' };
      // Not signed in (a demonstration, an expired session): the photo waits until the person signs in.
      if (status === 401) return { ok: false, retryable: true, message: 'upload.error.signin' };
      // The intake's reason code, said in words when the studio knows it (spa/intake/recheck.ts).
      const answer = (await error.response.json().catch(() => undefined)) as ErrorAnswer | undefined;
      const known = `upload.refused.${answer?.error?.code ?? ''}`;
      if (isKey(known)) return { ok: false, retryable: false, message: known };
      return { ok: false, retryable: false, message: 'upload.error.rejected', params: { status } };
    }
    if (error instanceof TimeoutError) return { ok: false, retryable: true, message: 'upload.error.timeout' };
    return { ok: false, retryable: true, message: 'upload.error.network' };
  }
}

/** GET {endpoint}/{id}; undefined when it cannot be known now (offline, server down): ask again later. */
export async function fetchStatus(endpoint: string, id: string): Promise<StatusAnswer | undefined> {
  try {
    const url = `${endpoint.replace(/\/$/, '')}/${encodeURIComponent(id)}`;
    return await ky.get(url, { timeout: 20_000, retry: 0, cache: 'no-store' }).json<StatusAnswer>();
  } catch {
    return undefined;
  }
}
