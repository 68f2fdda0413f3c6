// A weak link between a browser and a server, in plain Node (no outside tool): a reverse proxy whose bytes share one
// down link and one up link of a given rate, with a round trip added to every request and to every new connection.
// Used by the weak-link bench (tests/bench/weak-link.mjs) and by the tests that cut a download short.
import { request as forward, createServer } from 'node:http';

/**
 * @typedef {{
 *   method: string, path: string, range?: string, status: number,
 *   down: number, up: number, cut?: true, at: number, doneAt?: number,
 * }} Exchange
 * @typedef {{
 *   target: string,
 *   downKbps: number,
 *   upKbps: number,
 *   rttMs: number,
 *   cut?: (path: string, exchange: number) => number | undefined,
 * }} LinkOptions
 */

/** Bytes sent at once on a link: small enough that connections share it fairly (80 ms at 400 kbit/s). */
const slice = 4096;
/** What a sender may have queued on the link ahead of delivery before it is paused (a router's buffer). */
const buffered = 64 * 1024;

/** One direction of the link: bytes leave in order, one after the other, at `kbps`, and land half a round trip later. */
function lane(/** @type {number} */ kbps, /** @type {() => number} */ rttMs) {
  let freeAt = 0;
  /** When `bytes` queued now will have arrived (ms, performance.now()). */
  return (/** @type {number} */ bytes) => {
    freeAt = Math.max(performance.now(), freeAt) + (bytes * 8) / kbps;
    return freeAt + rttMs() / 2;
  };
}

const wait = (/** @type {number} */ at) =>
  new Promise(resolve => setTimeout(resolve, Math.max(0, at - performance.now())));

/**
 * One stream's bytes through `lane` into `sink`: each chunk takes its place on the link as it comes, slice by slice,
 * and the slices are written in their order, each once it has crossed (timers alone could swap two close ones).
 * Returns the function that sends a chunk; its promise resolves once that chunk has arrived.
 * @param {(bytes: number) => number} through
 * @param {(data: Buffer) => void} sink
 */
function carrier(through, sink) {
  let last = Promise.resolve();
  return (/** @type {Buffer} */ chunk) => {
    /** @type {[Buffer, number][]} */
    const slices = [];
    for (let at = 0; at < chunk.length; at += slice) {
      const part = chunk.subarray(at, at + slice);
      slices.push([part, through(part.length)]);
    }
    last = last.then(async () => {
      for (const [part, arrival] of slices) {
        await wait(arrival);
        sink(part);
      }
    });
    return last;
  };
}

/**
 * Starts the proxy on a free port of 127.0.0.1 in front of `target`. `cut(path, n)` may return a number of body
 * bytes after which the n-th response (counted from 0 over the proxy's life) to `path` is cut: the connection is
 * destroyed, as a phone losing its signal would.
 * @param {LinkOptions} options
 */
export async function startThrottle(options) {
  const { downKbps, upKbps, rttMs } = options;
  const down = lane(downKbps, () => rttMs);
  const up = lane(upKbps, () => rttMs);
  const targetUrl = new URL(options.target);
  /** @type {Exchange[]} */
  const exchanges = [];
  /** @type {Map<string, number>} */
  const seen = new Map();
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  /** Sockets whose first request has not gone yet: they pay for the TCP handshake, one more round trip. */
  const fresh = new WeakSet();

  const server = createServer(async (incoming, outgoing) => {
    const path = incoming.url ?? '/';
    const pathname = new URL(path, 'http://x').pathname;
    const count = seen.get(pathname) ?? 0;
    seen.set(pathname, count + 1);
    const cutAfter = options.cut?.(pathname, count);
    /** @type {Exchange} */
    const exchange = { method: incoming.method ?? 'GET', path, status: 0, down: 0, up: 0, at: Date.now() };
    if (incoming.headers.range) exchange.range = incoming.headers.range;
    exchanges.push(exchange);
    outgoing.on('close', () => (exchange.doneAt = Date.now()));
    const socket = incoming.socket;
    const handshake = fresh.has(socket) ? rttMs : 0;
    fresh.delete(socket);
    const headerBytes = Object.entries(incoming.headers).reduce(
      (n, [k, v]) => n + k.length + String(v).length + 4,
      40,
    );
    exchange.up += headerBytes;
    await wait(up(headerBytes) + handshake);

    const headers = { ...incoming.headers, host: targetUrl.host };
    const upstream = forward(
      { host: targetUrl.hostname, port: targetUrl.port, method: incoming.method, path, headers },
      async response => {
        exchange.status = response.statusCode ?? 0;
        const head = Object.entries(response.headers).reduce(
          (n, [k, v]) => n + k.length + String(v).length + 4,
          20,
        );
        exchange.down += head;
        await wait(down(head));
        if (outgoing.destroyed) return void response.destroy();
        outgoing.writeHead(response.statusCode ?? 502, response.statusMessage, response.headers);
        let body = 0;
        let inFlight = 0;
        const carry = carrier(down, data => outgoing.destroyed || outgoing.write(data));
        response.on('data', (/** @type {Buffer} */ chunk) => {
          let part = chunk;
          if (cutAfter !== undefined && body + part.length > cutAfter)
            part = part.subarray(0, cutAfter - body);
          body += part.length;
          exchange.down += part.length;
          inFlight += part.length;
          if (inFlight > buffered) response.pause();
          const cutNow = cutAfter !== undefined && body >= cutAfter;
          void carry(part).then(() => {
            inFlight -= part.length;
            if (cutNow) {
              exchange.cut = true;
              response.destroy();
              outgoing.destroy();
            } else if (inFlight <= buffered) response.resume();
          });
          if (cutNow) response.pause();
        });
        response.on('end', async () => {
          // Ends once every slice queued has arrived.
          while (inFlight > 0 && !outgoing.destroyed) await wait(performance.now() + 10);
          outgoing.end();
        });
        response.on('error', () => outgoing.destroy());
      },
    );
    upstream.on('error', () => (outgoing.headersSent ? outgoing.destroy() : outgoing.writeHead(502).end()));
    outgoing.on('close', () => upstream.destroy());
    // The request's body (an upload) crosses the up link before it reaches the server.
    const carryUp = carrier(up, data => upstream.write(data));
    let pending = Promise.resolve();
    incoming.on('data', (/** @type {Buffer} */ chunk) => {
      exchange.up += chunk.length;
      incoming.pause();
      pending = carryUp(chunk).then(() => void incoming.resume());
    });
    incoming.on('end', () => void pending.then(() => upstream.end()));
  });
  server.on('connection', socket => {
    sockets.add(socket);
    fresh.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());

  return {
    url: `http://127.0.0.1:${address.port}`,
    /** Every request so far, with the bytes it moved each way (headers included). */
    exchanges,
    /** Forgets the exchanges (between the bench's phases). */
    reset: () => void exchanges.splice(0),
    /** Closes every connection: the browser must open new ones (a second visit, a signal lost and found). */
    drop() {
      for (const socket of sockets) socket.destroy();
    },
    close: () =>
      new Promise(resolve => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve(undefined));
      }),
  };
}
