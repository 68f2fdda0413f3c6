import ky, { HTTPError, TimeoutError } from 'ky';
import type { Key, Params } from '../../shared/i18n';
import { idempotencyHeader, type Meta, type Receipt } from '../../shared/upload';

export type SendResult = { ok: true; receipt: Receipt } | { ok: false; message: Key; params?: Params };

/**
 * POST the photo by the upload contract. The Idempotency-Key is made once per photo by the caller, so a retried
 * POST (ky does not retry POST by default) can never create a second photo on the server.
 */
export async function sendPhoto(endpoint: string, photo: Blob, meta: Meta, key: string): Promise<SendResult> {
  const body = new FormData();
  body.append('photo', photo, 'photo.jpg');
  body.append('meta', JSON.stringify(meta));
  try {
    const receipt = await ky
      .post(endpoint, {
        body,
        headers: { [idempotencyHeader]: key },
        timeout: 60_000, // a 60 kB photo on one bar of 3G, with a long round trip
        retry: { limit: 3, methods: ['post'], statusCodes: [408, 429, 500, 502, 503, 504] },
      })
      .json<Receipt>();
    return { ok: true, receipt };
  } catch (error) {
    if (error instanceof HTTPError) {
      const status = error.response.status;
      return status >= 500
        ? { ok: false, message: 'upload.error.server' }
        : { ok: false, message: 'upload.error.rejected', params: { status } };
    }
    if (error instanceof TimeoutError) return { ok: false, message: 'upload.error.timeout' };
    return { ok: false, message: 'upload.error.network' };
  }
}
