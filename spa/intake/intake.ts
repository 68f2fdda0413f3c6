import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Person } from '../../shared/review';
import type { StatusAnswer } from '../../shared/upload';
import type { MailFor, Repository } from './db/contract';
import { openRepository } from './db/repository';
import { receiveDeposit } from './deposit';
import { play, processFaults } from './faults';
import { fail, Refusal, send, sendRefusal } from './http';
import type { IntakeOptions } from './config';
import { composeMail } from './mail/compose';
import { startMailer, type Mailer } from './mail/outbox';
import { mailTransport } from './mail/transport';
import { review } from './review';
import { esupClient } from './esup/client';
import { cardStatus } from './esup/card-status';
import { startForwarder } from './esup/forwarder';
import type { Loop } from './loop';
import { isReviewer, session, signedIn } from './session';

export type Next = (error?: unknown) => void;
/** Connect-style, so Vite's dev and preview servers and a bare node:http server can all mount it. */
export type IntakeHandler = (req: IncomingMessage, res: ServerResponse, next?: Next) => void;

/** New deposits of each person in the last hour, in memory: a limit against a runaway script, not an account. */
function rateLimiter(perHour: number) {
  const times = new Map<string, number[]>();
  return (login: string, now = Date.now()): number | undefined => {
    const recent = (times.get(login) ?? []).filter(at => now - at < 3_600_000);
    // People who deposited over an hour ago are forgotten: the map holds the last hour only.
    for (const [other, at] of times) if (now - at.at(-1)! >= 3_600_000) times.delete(other);
    times.set(login, recent);
    if (recent.length < perHour) return void recent.push(now);
    return Math.ceil((recent[0]! + 3_600_000 - now) / 1000);
  };
}

export type Intake = { handler: IntakeHandler; ready: Promise<Repository>; close(): Promise<void> };

export function createIntake(options: IntakeOptions): Intake {
  const { faults = processFaults(), limits } = options;
  const ready = openRepository({ dir: options.dir, databaseUrl: options.databaseUrl });
  const transport = mailTransport({ smtpUrl: options.smtpUrl, dir: options.dir });
  const mailer: Promise<Mailer> = ready.then(repository =>
    startMailer({ queue: repository.mail, transport }),
  );
  // A database that cannot open is said by `ready` (startIntake fails with it), not again by what waits on it.
  mailer.catch(() => undefined);
  const mail: MailFor = deposit => composeMail(deposit, { baseUrl: options.baseUrl });
  const esup = options.esupUrl ? esupClient(options.esupUrl) : undefined;
  const forwarder: Promise<Loop | undefined> = ready.then(repository =>
    esup ? startForwarder({ repository, client: esup }) : undefined,
  );
  forwarder.catch(() => undefined);
  const sessions = { identity: options.identity, reviewers: options.reviewers };
  const overQuota = rateLimiter(limits.depositsPerHour);
  let uploading = 0;

  const prune = () =>
    ready
      .then(repository => repository.prune(limits.retentionDays))
      .catch(error => console.error('[intake] prune', error));
  let pruned = prune();
  const pruning = setInterval(() => void (pruned = prune()), 24 * 3_600_000);
  pruning.unref();

  async function upload(person: Person, req: IncomingMessage, res: ServerResponse) {
    const fault = faults.next();
    if (await play(fault, req, res)) return;
    if (uploading >= limits.concurrentUploads)
      fail(503, 'busy', 'Too many uploads at once', { 'Retry-After': '5' });
    const wait = overQuota(person.login);
    if (wait !== undefined)
      fail(429, 'rate_limited', 'Too many deposits this hour', { 'Retry-After': String(wait) });
    uploading++;
    try {
      const repository = await ready;
      const { created } = await receiveDeposit(
        { repository, mail, bodyTimeoutMs: limits.bodyTimeoutMs, forwardToEsup: !!esup },
        person,
        req,
        res,
        // Stored, but the receipt is lost on the way back: only the Idempotency-Key keeps the retry from a second photo.
        fault?.kind === 'drop',
      );
      if (created) void Promise.all([mailer.then(m => m.kick()), forwarder.then(f => f?.kick())]);
    } finally {
      uploading--;
    }
  }

  async function status(person: Person, id: string, res: ServerResponse) {
    const repository = await ready;
    const deposit = await repository.find(id);
    // Someone else's photo does not exist, as far as this person can tell.
    if (!deposit || (deposit.owner !== person.login && !isReviewer(sessions, person)))
      fail(404, 'not_found', 'No photo with this id');
    const { status, reason, reasonCodes } = deposit;
    const local: StatusAnswer = { id, status, ...(reason ? { reason } : {}), reasonCodes };
    const forwarded = esup && (await repository.forwards.of(id));
    send(res, 200, forwarded ? await cardStatus(local, forwarded, esup) : local);
  }

  async function route(req: IncomingMessage, res: ServerResponse, next?: Next): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://intake');
    const path = url.pathname;
    if (!path.startsWith('/api/')) return next ? next() : fail(404, 'not_found', 'Nothing here');
    if (path === '/api/me' || path === '/api/session') return session(sessions, req, res, path);
    const person = signedIn(sessions, req);
    if (path === '/api/me/data') {
      if (req.method !== 'DELETE') fail(405, 'method_not_allowed', 'Use DELETE', { Allow: 'DELETE' });
      return send(res, 200, { deleted: await (await ready).forget(person.login) });
    }
    if (path === '/api/photos' || path === '/api/photos/') {
      if (req.method !== 'POST')
        fail(405, 'method_not_allowed', 'Use POST to upload a photo', { Allow: 'POST' });
      return upload(person, req, res);
    }
    if (path.startsWith('/api/photos/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        fail(405, 'method_not_allowed', 'Use GET to read a photo status', { Allow: 'GET, HEAD' });
      return status(person, decodeURIComponent(path.slice('/api/photos/'.length)), res);
    }
    if (path.startsWith('/api/review/')) {
      if (!isReviewer(sessions, person))
        fail(403, 'not_reviewer', 'Only the schooling office reviews photos');
      await review({ repository: await ready, mail }, person, req, res, path, url.searchParams);
      if (req.method === 'POST') void mailer.then(m => m.kick());
      return;
    }
    fail(404, 'not_found', 'Nothing here');
  }

  const handler: IntakeHandler = (req, res, next) => {
    route(req, res, next).catch((error: unknown) => {
      // A client that hung up mid-body has nobody left to answer.
      if (res.headersSent || res.destroyed || req.socket.destroyed) return;
      const refusal = error instanceof Refusal ? error : new Refusal(500, 'internal', 'Intake failed');
      if (refusal.status === 500) console.error('[intake]', error);
      sendRefusal(res, refusal);
    });
  };

  return {
    handler,
    ready,
    async close() {
      clearInterval(pruning);
      await pruned;
      await (await forwarder)?.stop();
      await (await mailer).stop();
      await (await ready).close();
    },
  };
}
