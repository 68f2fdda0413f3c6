import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchWhole, MissingFile } from './download';

/** A model file's worth of bytes that are not all alike. */
const file = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 251));

type Serve = (request: IncomingMessage, response: ServerResponse, n: number) => void;
let close = () => {};
/** A real HTTP server whose n-th answer is `serve`'s; every byte of body it sends is counted. */
async function server(serve: Serve) {
  let n = 0;
  const sent = { bytes: 0, requests: [] as (string | undefined)[] };
  const http = createServer((request, response) => {
    sent.requests.push(request.headers.range);
    const [write, end] = [response.write.bind(response), response.end.bind(response)];
    response.write = ((chunk: Buffer) => (
      (sent.bytes += chunk.length),
      write(chunk)
    )) as typeof response.write;
    response.end = ((chunk?: Buffer | string) => (
      (sent.bytes += chunk?.length ?? 0),
      end(chunk)
    )) as typeof response.end;
    serve(request, response, n++);
  });
  await new Promise<void>(resolve => http.listen(0, '127.0.0.1', resolve));
  close = () => http.closeAllConnections() ?? http.close();
  return { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/models/facemesh.bin`, sent };
}
afterEach(() => close());

/** Sends `body` from `start`, as a file server would, with a strong ETag unless told otherwise. */
function send(
  response: ServerResponse,
  body: Buffer,
  { start = 0, cutAt = Infinity, ranges = 'bytes' as 'bytes' | 'none' | undefined } = {},
) {
  const part = body.subarray(start);
  response.writeHead(start > 0 ? 206 : 200, {
    'Content-Type': 'application/octet-stream',
    'Content-Length': part.length,
    ETag: '"v1"',
    ...(ranges && { 'Accept-Ranges': ranges }),
    ...(start > 0 && { 'Content-Range': `bytes ${start}-${body.length - 1}/${body.length}` }),
  });
  if (cutAt === Infinity) return void response.end(part);
  response.write(part.subarray(0, cutAt));
  setTimeout(() => response.socket?.destroy(), 20);
}
const rangeStart = (request: IncomingMessage) =>
  Number(/bytes=(\d+)-/.exec(request.headers.range ?? '')?.[1] ?? 0);
const noPause = { pause: async () => {} };

describe('fetchWhole: a file fetched whole whatever the link', () => {
  it('takes a cut download up where it stopped, without fetching the start again', async () => {
    const { url, sent } = await server((request, response, n) =>
      send(response, file, { start: rangeStart(request), cutAt: n === 0 ? 120_000 : Infinity }),
    );
    let counted = 0;
    const retries: number[] = [];
    const blob = await fetchWhole(url, {
      bytes: file.length,
      onBytes: delta => (counted += delta),
      onRetry: ms => retries.push(ms),
      ...noPause,
    });
    expect(Buffer.from(await blob.arrayBuffer()).equals(file)).toBe(true);
    expect(sent.requests).toEqual([undefined, 'bytes=120000-']);
    expect(sent.bytes).toBe(file.length); // each byte once
    expect(counted).toBe(file.length);
    expect(retries).toEqual([1_000]);
  });

  it('asks a server that does not say it takes ranges for one, and takes the whole file it answers', async () => {
    const { url, sent } = await server((_, response, n) =>
      send(response, file, { ranges: undefined, cutAt: n === 0 ? 120_000 : Infinity }),
    );
    const deltas: number[] = [];
    const blob = await fetchWhole(url, { bytes: file.length, onBytes: d => deltas.push(d), ...noPause });
    expect(Buffer.from(await blob.arrayBuffer()).equals(file)).toBe(true);
    expect(sent.requests).toEqual([undefined, 'bytes=120000-']);
    expect(deltas).toContain(-120_000); // what had arrived is thrown away: the answer starts at zero
    expect(deltas.reduce((a, b) => a + b)).toBe(file.length);
  });

  it('asks for no range of a server that says it takes none', async () => {
    const { url, sent } = await server((_, response, n) =>
      send(response, file, { ranges: 'none', cutAt: n === 0 ? 120_000 : Infinity }),
    );
    await fetchWhole(url, { bytes: file.length, ...noPause });
    expect(sent.requests).toEqual([undefined, undefined]);
  });

  it('never asks for a range of a compressed body (its ranges count compressed bytes)', async () => {
    const zipped = gzipSync(file);
    const { url, sent } = await server((_, response, n) => {
      response.writeHead(200, { 'Content-Encoding': 'gzip', 'Accept-Ranges': 'bytes', ETag: '"v1"' });
      if (n > 0) return void response.end(zipped);
      response.write(zipped.subarray(0, 1000));
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const blob = await fetchWhole(url, { bytes: file.length, ...noPause });
    expect(Buffer.from(await blob.arrayBuffer()).equals(file)).toBe(true);
    expect(sent.requests).toEqual([undefined, undefined]);
  });

  it('asks again after a server error, with longer pauses while nothing arrives', async () => {
    const { url } = await server((request, response, n) =>
      n < 3 ? response.writeHead(503).end() : send(response, file),
    );
    const retries: number[] = [];
    const blob = await fetchWhole(url, { bytes: file.length, onRetry: ms => retries.push(ms), ...noPause });
    expect(blob.size).toBe(file.length);
    expect(retries).toEqual([1_000, 2_000, 4_000]);
  });

  it('gives up at once on a file the server does not have', async () => {
    const { url, sent } = await server((_, response) => response.writeHead(404).end());
    await expect(fetchWhole(url, { bytes: file.length, ...noPause })).rejects.toBeInstanceOf(MissingFile);
    expect(sent.requests).toHaveLength(1);
  });

  it('does not take a body of another size for the file (a host’s fallback page)', async () => {
    const { url, sent } = await server((_, response) =>
      response.end('<!doctype html><title>Accueil</title>'),
    );
    await expect(fetchWhole(url, { bytes: file.length, ...noPause })).rejects.toBeInstanceOf(MissingFile);
    expect(sent.requests).toHaveLength(3);
  });

  it('takes no range from a server whose ETag is weak and that gives no date', async () => {
    const { url, sent } = await server((_, response, n) => {
      response.writeHead(200, { 'Accept-Ranges': 'bytes', ETag: 'W/"v1"' });
      if (n > 0) return void response.end(file);
      response.write(file.subarray(0, 50_000));
      setTimeout(() => response.socket?.destroy(), 20);
    });
    await fetchWhole(url, { bytes: file.length, ...noPause });
    expect(sent.requests).toEqual([undefined, undefined]);
  });
});
