import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, Refusal } from '../http';
import type { EsupFaults } from './emulator-faults';
import type { EsupStore } from './emulator-store';

/**
 * esup-sgc's WsRestEsupSgcApiController as a client sees it: `POST /wsrest/api` requests a card, `GET
 * /wsrest/api/get?eppn=…` reads people and their cards. Answers are plain text, as Spring sends a
 * ResponseEntity<String>; the checks come in the real controller's order.
 */

/** One request as the emulator received it, for tests and the demo to see what a client really sent. */
export type EsupRequest = {
  at: string;
  method: string;
  path: string;
  remote: string;
  userAgent?: string;
  fields?: Record<string, string>;
  photo?: { bytes: number; sha256: string; type: string; filename: string };
  outcome: { status: number; body?: string; cardId?: number; lost?: boolean };
};

type Photo = { jpeg: Uint8Array; type: string; filename: string };
type Answer = { status: number; body: string; cardId?: number };

const booleanFields = ['difPhotoTransient', 'crousTransient', 'europeanTransient'] as const;
/** A few photos at most; a bigger body is no card request. */
const maxBodyBytes = 16 * 1024 * 1024;
const isJpeg = (bytes: Uint8Array) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;

/** The text fields and the photo part; a body that is not multipart binds nothing, as with Spring. */
async function readCardRequest(
  req: IncomingMessage,
): Promise<{ fields: Record<string, string>; photo?: Photo }> {
  const body = await readBody(req, maxBodyBytes, 60_000);
  const type = req.headers['content-type'] ?? '';
  const form = await new Response(body, { headers: { 'content-type': type } })
    .formData()
    .catch(() => undefined);
  const fields: Record<string, string> = {};
  let photo: Photo | undefined;
  for (const [name, value] of form ?? []) {
    if (typeof value === 'string') fields[name] = value;
    else if (name === 'PhotoFile.file')
      photo = { jpeg: new Uint8Array(await value.arrayBuffer()), type: value.type, filename: value.name };
  }
  return { fields, photo };
}

function decide(store: EsupStore, faults: EsupFaults, fields: Record<string, string>, photo?: Photo): Answer {
  const eppn = fields.eppn?.trim() ?? '';
  const wrong = [
    ...(eppn === '' ? ["Field error in object 'card' on field 'eppn': rejected value [null]"] : []),
    ...booleanFields
      .filter(name => fields[name] !== undefined && !/^(true|false)$/.test(fields[name]!))
      .map(name => `Field error in object 'card' on field '${name}': rejected value [${fields[name]}]`),
  ];
  if (wrong.length > 0) return { status: 422, body: `[${wrong.join(', ')}]` };
  store.user(eppn);
  if (faults.isRefused(eppn))
    return { status: 403, body: `${eppn} tried to request card but he has no rights to do it.` };
  if (store.locked(eppn)) return { status: 423, body: `${eppn} LOCKED.` };
  // The real service would fall back on a default photo; the emulator knows none, and wants a JPEG.
  if (!photo || photo.jpeg.length === 0 || !isJpeg(photo.jpeg))
    return { status: 422, body: `Aucune photo pour la demande de ${eppn}` };
  const card = store.request(eppn, {
    difPhoto: fields.difPhotoTransient === 'true',
    crous: fields.crousTransient === 'true',
    european: fields.europeanTransient === 'true',
  });
  return { status: 200, body: String(card.id), cardId: card.id };
}

const answer = (res: ServerResponse, status: number, body: string, type = 'text/plain;charset=UTF-8') => {
  res.writeHead(status, { 'Content-Type': type });
  res.end(body);
};

/**
 * `POST /wsrest/api`; `entry` is filled with what came and what was answered. A `failure` status (failNext) is
 * answered once the body is read, so that the log still shows what the client sent.
 */
export async function cardRequest(
  context: { store: EsupStore; faults: EsupFaults },
  req: IncomingMessage,
  res: ServerResponse,
  entry: EsupRequest,
  failure?: number,
): Promise<void> {
  // Spring refuses a handler's missing @RequestHeader before binding anything (a failure comes from before Spring).
  if (!entry.userAgent && failure === undefined) {
    entry.outcome = { status: 400, body: "Required request header 'User-Agent' is not present" };
    return answer(res, 400, entry.outcome.body!);
  }
  let request: Awaited<ReturnType<typeof readCardRequest>>;
  try {
    request = await readCardRequest(req);
  } catch (error) {
    const status = error instanceof Refusal ? error.status : 400;
    entry.outcome = { status, body: error instanceof Error ? error.message : 'Unreadable body' };
    res.setHeader('Connection', 'close');
    return answer(res, status, entry.outcome.body!);
  }
  const { fields, photo } = request;
  entry.fields = fields;
  if (photo) {
    const sha256 = createHash('sha256').update(photo.jpeg).digest('hex');
    entry.photo = { bytes: photo.jpeg.length, sha256, type: photo.type, filename: photo.filename };
  }
  const result = failure
    ? { status: failure, body: `Emulated failure ${failure}` }
    : decide(context.store, context.faults, fields, photo);
  entry.outcome = { ...result };
  // Carried out, then the link drops: the client cannot tell whether its card exists.
  if (context.faults.takeLoss()) {
    entry.outcome.lost = true;
    return void req.socket.destroy();
  }
  answer(res, result.status, result.body);
}

/** `GET /wsrest/api/get?eppn=a&eppn=b`: the known ones among them, an empty array when none is. */
export function getUsers(store: EsupStore, url: URL, res: ServerResponse, entry: EsupRequest): void {
  const eppns = url.searchParams.getAll('eppn');
  if (eppns.length === 0) {
    entry.outcome = { status: 400, body: "Required request parameter 'eppn' is not present" };
    return answer(res, 400, entry.outcome.body!);
  }
  const users = eppns.flatMap(eppn => store.find(eppn) ?? []);
  entry.outcome = { status: 200 };
  answer(res, 200, JSON.stringify(users), 'application/json;charset=UTF-8');
}
