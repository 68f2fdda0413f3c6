import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorAnswer } from '../../shared/upload';

/** A request the intake refuses: its status, a stable code clients can act on, and a message for people. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function fail(status: number, code: string, message: string, headers?: Record<string, string>): never {
  throw new Refusal(status, code, message, headers);
}

export function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/** The answer to a refusal; after a 413 the unread rest of the body would be read as the next request: close. */
export function sendRefusal(res: ServerResponse, refusal: Refusal): void {
  const answer: ErrorAnswer = { error: { code: refusal.code, message: refusal.message } };
  send(res, refusal.status, answer, {
    ...refusal.headers,
    ...(refusal.status === 413 ? { Connection: 'close' } : {}),
  });
}

/**
 * The body, counted as it comes (a chunked body has no Content-Length, and a declared one may lie), and cut when it
 * is over `limit` bytes or still coming after `timeoutMs`: a body that trickles in would hold a slot for ever.
 */
export function readBody(
  req: IncomingMessage,
  limit: number,
  timeoutMs: number,
): Promise<Buffer<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (refusal: Refusal) => {
      clearTimeout(timer);
      req.off('data', onData);
      // Paused, the rest stays in the socket instead of memory; the answer then closes the connection.
      req.pause();
      reject(refusal);
    };
    const timer = setTimeout(
      () =>
        stop(new Refusal(408, 'too_slow', `Body took over ${timeoutMs / 1000} s`, { Connection: 'close' })),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      stop(new Refusal(413, 'too_large', `Body is over ${limit} bytes`));
    };
    req.on('data', onData);
    // Buffer.concat allocates a plain ArrayBuffer (never a shared one), which is what Response wants.
    req.once('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks, size) as Buffer<ArrayBuffer>);
    });
    req.once('error', error => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** A JSON body of a few kilobytes (decisions, sign-in), parsed; a 400 when it is not JSON. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const body = await readBody(req, 16 * 1024, 10_000);
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    fail(400, 'not_json', 'Body is not valid JSON');
  }
}

/** Listens (port 0: other processes hold the usual ports on these machines) and resolves with the origin it got. */
export async function listen(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port: bound } = server.address() as AddressInfo;
  return `http://${address.includes(':') ? `[${address}]` : address}:${bound}`;
}

/** A port from the environment (`name` says which variable), or `fallback` when unset. */
export function portFrom(text: string | undefined, fallback: number, name: string): number {
  const port = Number(text ?? fallback);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`${name} must be a port number, not "${text}"`);
  return port;
}
