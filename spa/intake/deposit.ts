import type { IncomingMessage, ServerResponse } from 'node:http';
import * as v from 'valibot';
import { pickLang } from '../../shared/i18n/lang';
import type { Person } from '../../shared/review';
import { MetaSchema, idempotencyHeader, maxUploadBytes, type Meta } from '../../shared/upload';
import type { MailFor, Repository } from './db/contract';
import { fail, readBody, send } from './http';
import { recheck } from './recheck';

export type DepositOptions = {
  repository: Repository;
  /** The mail that tells the person their photo arrived, queued with the deposit. */
  mail: MailFor;
  /** A body still coming after this long is cut (408): a trickle would hold an upload slot for ever. */
  bodyTimeoutMs: number;
  /** ESUP_SGC_URL is set: each new deposit is queued, in its transaction, as a card request for esup-sgc. */
  forwardToEsup: boolean;
};

const maxKeyLength = 200;

function parseMeta(text: string): Meta {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    fail(422, 'meta_not_json', 'Part "meta" is not valid JSON');
  }
  const result = v.safeParse(MetaSchema, json);
  if (result.success) return result.output;
  const where = result.issues.slice(0, 3).map(issue => {
    const path = v.getDotPath(issue);
    return `${path ? `meta.${path}` : 'meta'}: ${issue.message}`;
  });
  fail(422, 'invalid_meta', where.join('; '));
}

/** The multipart body's two parts, or the refusal that says which is missing or unreadable. */
async function readDeposit(
  req: IncomingMessage,
  timeoutMs: number,
): Promise<{ jpeg: Uint8Array; meta: Meta }> {
  const type = req.headers['content-type'] ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type))
    fail(400, 'not_multipart', 'Body must be multipart/form-data');
  if (Number(req.headers['content-length']) > maxUploadBytes)
    fail(413, 'too_large', `Body is over ${maxUploadBytes} bytes`);
  const body = await readBody(req, maxUploadBytes, timeoutMs);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': type } }).formData();
  } catch {
    fail(400, 'bad_multipart', 'Body is not readable multipart/form-data');
  }
  const photo = form.get('photo');
  const meta = form.get('meta');
  if (photo === null || typeof photo === 'string') fail(400, 'missing_photo', 'File part "photo" is missing');
  if (meta === null) fail(400, 'missing_meta', 'Part "meta" is missing');
  return {
    jpeg: new Uint8Array(await photo.arrayBuffer()),
    meta: parseMeta(typeof meta === 'string' ? meta : await meta.text()),
  };
}

/**
 * `POST /api/photos` from a signed-in person: read, checked again (recheck.ts), stored durably with its mail, then
 * answered. The Idempotency-Key is the sender's own: the same key from another person is another deposit, and the
 * same key with another photo is refused.
 */
export async function receiveDeposit(
  options: DepositOptions,
  person: Person,
  req: IncomingMessage,
  res: ServerResponse,
  /** INTAKE_FAULTS `drop`: store, then hang up before answering, as a lost mobile link does. */
  dropReceipt = false,
): Promise<{ created: boolean }> {
  // Required, and a header a form on another site cannot set: also what keeps such a form from depositing a photo
  // in the person's name with the single sign-on's cookie.
  const key = req.headers[idempotencyHeader.toLowerCase()];
  if (typeof key !== 'string' || key.trim() === '')
    fail(400, 'missing_idempotency_key', `Header ${idempotencyHeader} is required`);
  if (key.length > maxKeyLength)
    fail(400, 'bad_idempotency_key', `Header ${idempotencyHeader} is over ${maxKeyLength} characters`);
  const { jpeg, meta } = await readDeposit(req, options.bodyTimeoutMs);
  const checked = await recheck(jpeg, meta);
  if (!checked.ok) fail(checked.status, checked.code, checked.message);
  const lang =
    meta.lang ?? pickLang((req.headers['accept-language'] ?? '').split(',').map(tag => tag.split(';')[0]!));
  const { esup } = checked.profile;
  // The person's own answers, asked only when the profile says so; the eppn is who the single sign-on says.
  const forward = options.forwardToEsup
    ? {
        eppn: person.login,
        difPhoto: !!esup && meta.consent.choices.includes(esup.difPhotoChoice),
        crous: !!esup?.crous && meta.card?.crous === true,
        european: !!esup?.european && meta.card?.european === true,
        userAgent: req.headers['user-agent'] ?? 'Trombine',
      }
    : undefined;
  const result = await options.repository.deposit(
    { owner: person, idempotencyKey: key, jpeg, meta, lang, forward },
    options.mail,
  );
  if (result.kind === 'conflict')
    fail(422, 'idempotency_conflict', `This ${idempotencyHeader} was already used for another photo`);
  if (dropReceipt) req.socket.destroy();
  else send(res, result.kind === 'created' ? 201 : 200, result.receipt);
  return { created: result.kind === 'created' };
}
