/**
 * One file fetched whole whatever the link: a connection lost midway is taken up again where it stopped (`Range`,
 * guarded by `If-Range`) when the server allows it, from zero otherwise, after a pause that grows while nothing
 * arrives. Only an answer that says the file is not there (404…) ends it.
 */
export type WholeOptions = {
  /** The file's size once decoded: a body of another size is not the file (a host's error page…), fetched again. */
  bytes: number;
  /** Bytes arrived since the last call; negative when bytes already counted are thrown away (a restart from zero). */
  onBytes?: (delta: number) => void;
  /** Each pause before trying again, with the error that caused it. */
  onRetry?: (waitMs: number, error: unknown) => void;
  fetcher?: typeof fetch;
  /** Resolves after `ms`, or earlier (the network is back). */
  pause?: (ms: number) => Promise<void>;
  signal?: AbortSignal;
};

/** An answer that will not change by asking again. */
export class MissingFile extends Error {}

const firstPauseMs = 1_000;
const longestPauseMs = 30_000;
/** Files of the wrong size in a row before giving up: a host that answers something else for this path. */
const wrongSizes = 3;
/** 408 (time-out), 425 (too early) and 429 (too many requests) are worth asking again, like 5xx. */
const transient = new Set([408, 425, 429]);

const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms));

/** A weak ETag may not guard a range (RFC 9110 §13.1.5): the date then does. */
function validatorOf(headers: Headers): string | undefined {
  const etag = headers.get('ETag');
  if (etag && !etag.startsWith('W/')) return etag;
  return headers.get('Last-Modified') ?? undefined;
}

export async function fetchWhole(url: string, options: WholeOptions): Promise<Blob> {
  const { bytes, onBytes = () => {}, onRetry = () => {}, fetcher = fetch, pause = sleep, signal } = options;
  let parts: Uint8Array[] = [];
  let have = 0;
  /** Set once an answer said a range of it may be asked for. */
  let resume: { validator: string } | undefined;
  let type = '';
  let failures = 0;
  let wrong = 0;
  const restart = () => {
    onBytes(-have);
    [parts, have, resume] = [[], 0, undefined];
  };

  for (;;) {
    signal?.throwIfAborted();
    const before = have;
    try {
      const ranged = resume && have > 0;
      const headers: Record<string, string> = ranged
        ? { Range: `bytes=${have}-`, 'If-Range': resume!.validator }
        : {};
      if (!ranged && have > 0) restart();
      // Low priority: the page and the person's own photo go first (Chrome's fetch priority; ignored elsewhere).
      const init = {
        headers,
        signal,
        priority: 'low',
        cache: ranged ? 'no-store' : 'default',
      } as RequestInit;
      const response = await fetcher(url, init);
      if (response.status === 206) {
        const start = Number(/^bytes (\d+)-/.exec(response.headers.get('Content-Range') ?? '')?.[1]);
        if (start !== have) {
          await response.body?.cancel();
          restart();
          continue;
        }
      } else if (response.ok) {
        if (have > 0) restart(); // the server sent it all again (it ignored the range, or the file changed)
      } else {
        await response.body?.cancel();
        if (response.status < 500 && !transient.has(response.status))
          throw new MissingFile(`${url}: ${response.status}`);
        throw new Error(`${url}: ${response.status}`);
      }
      type ||= response.headers.get('Content-Type') ?? '';
      // A range counts in the bytes on the wire: only an unencoded body can be taken up in the middle. Servers need
      // not say they take ranges (sirv, behind `npm start`, does not): one that cannot answers the whole file.
      const validator = validatorOf(response.headers);
      const encoded = (response.headers.get('Content-Encoding') ?? 'identity') !== 'identity';
      const refused = response.headers.get('Accept-Ranges') === 'none';
      if (response.status === 200) resume = validator && !encoded && !refused ? { validator } : undefined;
      const reader = response.body!.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        have += value.length;
        onBytes(value.length);
      }
      if (have === bytes) return new Blob(parts as BlobPart[], { type });
      restart();
      if (++wrong >= wrongSizes) throw new MissingFile(`${url}: ${have} bytes, not ${bytes}`);
    } catch (error) {
      if (error instanceof MissingFile || signal?.aborted) throw error;
      // Progress made since the last failure: the link works, the pauses start short again.
      failures = have > before ? 1 : failures + 1;
      const waitMs = Math.min(longestPauseMs, firstPauseMs * 2 ** (failures - 1));
      onRetry(waitMs, error);
      await pause(waitMs);
    }
  }
}
