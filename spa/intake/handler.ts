import type { IncomingMessage, ServerResponse } from 'node:http';
import * as v from 'valibot';
import { MetaSchema, idempotencyHeader, maxUploadBytes, type ErrorAnswer } from '../../shared/upload';
import { processFaults, type Fault, type Faults } from './faults';
import { createStore } from './store';

export type Next = (error?: unknown) => void;
/** Connect-style, so Vite's dev and preview servers and a bare node:http server can all mount it. */
export type IntakeHandler = (req: IncomingMessage, res: ServerResponse, next?: Next) => void;
/** `faults`: what to play on the next uploads (faults.ts); the process's queue, from INTAKE_FAULTS, by default. */
export type IntakeOptions = { dir: string; faults?: Faults };

const endpoint = '/api/photos';
const maxKeyLength = 200;

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function fail(status: number, code: string, message: string): never {
  throw new Refusal(status, code, message);
}

function send(res: ServerResponse, status: number, body: unknown, close = false): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(close ? { Connection: 'close' } : {}),
  });
  res.end(JSON.stringify(body));
}

const tooLarge = () => new Refusal(413, 'too_large', `Body is over ${maxUploadBytes} bytes`);

/** Counts bytes as they come: a chunked body has no Content-Length, and a declared one may lie. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      // Paused, the rest stays in the socket instead of memory; the answer then closes the connection.
      req.pause();
      reject(tooLarge());
    };
    req.on('data', onData);
    // Buffer.concat allocates a plain ArrayBuffer (never a shared one), which is what Response wants.
    req.once('end', () => resolve(Buffer.concat(chunks, size) as Buffer<ArrayBuffer>));
    req.once('error', reject);
  });
}

function parseMeta(text: string) {
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

const startsWithJpegMagic = (bytes: Uint8Array) =>
  bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;

/** Plays a fault before the upload is read; true when the request is over (answered or cut). */
async function play(fault: Fault | undefined, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (!fault || fault.kind === 'drop') return false;
  if (fault.kind === 'delay') {
    await new Promise(resolve => setTimeout(resolve, fault.ms));
    return false;
  }
  if (fault.kind === 'cut') {
    // As a lost mobile link does: part of the body arrives, then nothing answers.
    const cut = () => req.socket.destroy();
    req.once('data', cut).once('end', cut);
    return true;
  }
  await readBody(req, maxUploadBytes).catch(() => undefined);
  if (fault.retryAfter !== undefined) res.setHeader('Retry-After', String(fault.retryAfter));
  send(res, fault.status, { error: { code: 'fault', message: `INTAKE_FAULTS: ${fault.status}` } });
  return true;
}

export function createIntakeHandler({ dir, faults = processFaults() }: IntakeOptions): IntakeHandler {
  const store = createStore(dir);

  async function receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const fault = faults.next();
    if (await play(fault, req, res)) return;
    const key = req.headers[idempotencyHeader.toLowerCase()];
    if (typeof key !== 'string' || key.trim() === '') {
      fail(400, 'missing_idempotency_key', `Header ${idempotencyHeader} is required`);
    }
    if (key.length > maxKeyLength) {
      fail(400, 'bad_idempotency_key', `Header ${idempotencyHeader} is over ${maxKeyLength} characters`);
    }
    const type = req.headers['content-type'] ?? '';
    if (!/^multipart\/form-data\s*;/i.test(type))
      fail(400, 'not_multipart', 'Body must be multipart/form-data');
    if (Number(req.headers['content-length']) > maxUploadBytes) throw tooLarge();
    const body = await readBody(req, maxUploadBytes);
    let form: FormData;
    try {
      form = await new Response(body, { headers: { 'content-type': type } }).formData();
    } catch {
      fail(400, 'bad_multipart', 'Body is not readable multipart/form-data');
    }
    const photo = form.get('photo');
    const meta = form.get('meta');
    if (photo === null || typeof photo === 'string')
      fail(400, 'missing_photo', 'File part "photo" is missing');
    if (meta === null) fail(400, 'missing_meta', 'Part "meta" is missing');
    // The declared type is whatever the client says; the first bytes are what the file is.
    const jpeg = new Uint8Array(await photo.arrayBuffer());
    if (!startsWithJpegMagic(jpeg)) fail(415, 'not_jpeg', 'Photo is not a JPEG (no FF D8 FF signature)');
    const saved = await store.save(key, jpeg, parseMeta(typeof meta === 'string' ? meta : await meta.text()));
    // Stored, but the receipt is lost on the way back: only the Idempotency-Key keeps the retry from a second photo.
    if (fault?.kind === 'drop') return void req.socket.destroy();
    send(res, saved.status, saved.body);
  }

  async function answerStatus(id: string, res: ServerResponse): Promise<void> {
    const status = await store.status(id);
    if (!status) fail(404, 'not_found', 'No photo with this id');
    send(res, 200, status);
  }

  async function route(req: IncomingMessage, res: ServerResponse, next?: Next): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', 'http://intake');
    if (pathname === endpoint || pathname === `${endpoint}/`) {
      if (req.method === 'POST') return receive(req, res);
      res.setHeader('Allow', 'POST');
      fail(405, 'method_not_allowed', 'Use POST to upload a photo');
    }
    if (pathname.startsWith(`${endpoint}/`)) {
      if (req.method === 'GET' || req.method === 'HEAD')
        return answerStatus(pathname.slice(endpoint.length + 1), res);
      res.setHeader('Allow', 'GET, HEAD');
      fail(405, 'method_not_allowed', 'Use GET to read a photo status');
    }
    if (next) return next();
    fail(404, 'not_found', 'Nothing here');
  }

  return (req, res, next) => {
    route(req, res, next).catch((error: unknown) => {
      // A client that hung up mid-body has nobody left to answer.
      if (res.headersSent || res.destroyed || req.socket.destroyed) return;
      const refusal = error instanceof Refusal ? error : new Refusal(500, 'internal', 'Intake failed');
      if (refusal.status === 500) console.error('[intake]', error);
      const answer: ErrorAnswer = { error: { code: refusal.code, message: refusal.message } };
      // After a 413 the unread rest of the body would be parsed as the next request: close the connection.
      send(res, refusal.status, answer, refusal.status === 413);
    });
  };
}
