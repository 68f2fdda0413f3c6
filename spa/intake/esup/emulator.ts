import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listen, Refusal, sendRefusal } from '../http';
import { allowedAddresses } from './emulator-access';
import { control } from './emulator-control';
import { createEsupFaults } from './emulator-faults';
import { createEsupStore, type Etat, type EsupCard, type EsupUser } from './emulator-store';
import { cardRequest, getUsers, type EsupRequest } from './emulator-wsrest';

/**
 * An esup-sgc for the tests and the demo: its wsrest card API (emulator-wsrest.ts) behind its IP filter, with
 * `/emulator/…` to steer it (emulator-control.ts). Everything lives in memory and is gone when it stops.
 */
export type EsupEmulatorOptions = {
  port?: number;
  host?: string;
  /** Addresses that may call it (emulator-access.ts); loopback by default. */
  allowed?: string[];
};

export type EsupEmulator = {
  /** The base: the API is `${url}/wsrest/api`. */
  url: string;
  requests(): EsupRequest[];
  loseNextAnswers(n: number): void;
  failNext(n: number, status?: number): void;
  refuse(eppn: string): void;
  setState(cardId: number, etat: Etat): EsupCard | undefined;
  users(): EsupUser[];
  reset(): void;
  close(): Promise<void>;
};

const maxLog = 1000;

const forbidden = (res: ServerResponse) => {
  res.writeHead(403, { 'Content-Type': 'text/plain;charset=UTF-8' });
  res.end('Access Denied');
};

export async function startEsupEmulator({
  port = 0,
  host = '127.0.0.1',
  allowed = ['loopback'],
}: EsupEmulatorOptions = {}): Promise<EsupEmulator> {
  const store = createEsupStore();
  const faults = createEsupFaults();
  const isAllowed = allowedAddresses(allowed);
  const log: EsupRequest[] = [];
  const requests = () => structuredClone(log);
  const reset = () => {
    store.reset();
    faults.reset();
    log.splice(0);
  };

  async function wsrest(req: IncomingMessage, res: ServerResponse, url: URL) {
    const entry: EsupRequest = {
      at: new Date().toISOString(),
      method: req.method ?? '',
      path: url.pathname,
      remote: req.socket.remoteAddress ?? '',
      ...(req.headers['user-agent'] ? { userAgent: req.headers['user-agent'] } : {}),
      outcome: { status: 0 },
    };
    log.push(entry);
    // A demo left running for days keeps the recent requests, not all of them.
    if (log.length > maxLog) log.shift();
    if (!isAllowed(req.socket.remoteAddress)) {
      entry.outcome = { status: 403, body: 'Access Denied' };
      return forbidden(res);
    }
    const failure = faults.takeFailure();
    const route = `${req.method} ${url.pathname.replace(/\/+$/, '')}`;
    if (route === 'POST /wsrest/api') return cardRequest({ store, faults }, req, res, entry, failure);
    if (failure !== undefined) {
      entry.outcome = { status: failure };
      res.writeHead(failure, { 'Content-Type': 'text/plain;charset=UTF-8' });
      return void res.end(`Emulated failure ${failure}`);
    }
    if (route === 'GET /wsrest/api/get') return getUsers(store, url, res, entry);
    entry.outcome = { status: 404 };
    res.writeHead(404, { 'Content-Type': 'text/plain;charset=UTF-8' });
    res.end('Not Found');
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://esup-sgc');
    const work = url.pathname.startsWith('/emulator/')
      ? isAllowed(req.socket.remoteAddress)
        ? control({ store, faults, requests, reset }, req, res, url.pathname)
        : Promise.resolve(forbidden(res))
      : wsrest(req, res, url);
    work.catch((error: unknown) => {
      if (res.headersSent || res.destroyed) return;
      const refusal = error instanceof Refusal ? error : new Refusal(500, 'internal', 'Emulator failed');
      if (refusal.status === 500) console.error('[esup emulator]', error);
      sendRefusal(res, refusal);
    });
  });
  const url = await listen(server, port, host);
  return {
    url,
    requests,
    loseNextAnswers: faults.loseNextAnswers,
    failNext: faults.failNext,
    refuse: faults.refuse,
    setState: (cardId, etat) => structuredClone(store.setState(cardId, etat)),
    users: store.users,
    reset,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close(error => (error ? reject(error) : resolve()));
        // Idle keep-alive sockets (fetch keeps them) would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}
