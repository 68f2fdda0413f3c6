import { afterEach, describe, expect, it } from 'vitest';
import type { QueuedMail } from '../db/contract';
import { composeMail } from './compose';
import { retryDelay, startMailer, type Mailer, type MailQueue } from './outbox';
import { startSmtp, type SmtpServer } from './testing';
import { mailTransport, type MailTransport } from './transport';

/** The outbox table in memory, as Repository['mail'] promises it: the database's own is tested with the database. */
function memoryQueue() {
  const mails: QueuedMail[] = [];
  let last = 0;
  const queue: MailQueue = {
    async queue({ to, raw }) {
      mails.push({ id: String(++last), to, raw, attempts: 0, nextAt: new Date(0).toISOString() });
    },
    async due(now, limit) {
      return mails
        .filter(mail => Date.parse(mail.nextAt) <= now.getTime())
        .sort((a, b) => a.nextAt.localeCompare(b.nextAt) || Number(a.id) - Number(b.id))
        .slice(0, limit)
        .map(mail => ({ ...mail }));
    },
    async sent(id) {
      mails.splice(
        mails.findIndex(mail => mail.id === id),
        1,
      );
    },
    async failed(id, nextAt, error) {
      const mail = mails.find(m => m.id === id)!;
      Object.assign(mail, { attempts: mail.attempts + 1, nextAt: nextAt.toISOString(), lastError: error });
    },
  };
  return { queue, mails };
}

const mailFor = (n: number) =>
  composeMail(
    {
      id: `00000000-0000-4000-8000-00000000000${n}`,
      email: `person${n}@example.org`,
      lang: 'fr',
      status: 'validated',
      reasonCodes: [],
      receivedAt: '2025-03-03T13:05:00.000Z',
      profile: 'demo',
    },
    { baseUrl: 'https://trombine.example' },
  ).then(mail => mail!);

/** A transport that holds each send until the test lets it go. */
function heldTransport() {
  const sends: { to: string; release: () => void; fail: (error: Error) => void }[] = [];
  let onSend = () => {};
  const transport: MailTransport = {
    send: ({ to }) =>
      new Promise((release, fail) => {
        sends.push({ to, release: () => release(), fail });
        onSend();
      }),
  };
  const nextSend = () => new Promise<void>(resolve => (onSend = resolve));
  return { transport, sends, nextSend };
}

const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise(resolve => setTimeout(resolve, 20));
  return done;
};

let mailer: Mailer | undefined;
let smtp: SmtpServer | undefined;
afterEach(async () => {
  await mailer?.stop();
  await smtp?.close();
  mailer = smtp = undefined;
});

describe('the outbox', () => {
  it('sends what is due through a real SMTP server, oldest first, and marks each sent', async () => {
    smtp = await startSmtp();
    const { queue, mails } = memoryQueue();
    for (const n of [1, 2, 3]) await queue.queue(await mailFor(n));
    mailer = startMailer({ queue, transport: mailTransport({ smtpUrl: smtp.url, dir: '/nonexistent' }) });
    await mailer.kick();
    expect(smtp.received.map(mail => mail.to)).toEqual([
      ['person1@example.org'],
      ['person2@example.org'],
      ['person3@example.org'],
    ]);
    expect(smtp.received[0]?.parsed.subject).toBe('Votre photo est validée');
    expect(mails).toEqual([]);
  });

  it('backs off while the server is down (30 s, 1 min, 2 min… 1 h) and sends once it is back', async () => {
    expect([0, 1, 2, 3, 6, 7, 8, 40].map(retryDelay)).toEqual(
      [30, 60, 120, 240, 1920, 3600, 3600, 3600].map(s => s * 1000),
    );
    const down = await startSmtp();
    const { port, url } = down;
    await down.close();
    let clock = new Date('2025-03-03T12:00:00.000Z');
    const later = (ms: number) => (clock = new Date(clock.getTime() + ms));
    const logs: string[] = [];
    const { queue, mails } = memoryQueue();
    await queue.queue(await mailFor(1));
    mailer = startMailer({
      queue,
      transport: mailTransport({ smtpUrl: url, dir: '/nonexistent' }),
      now: () => clock,
      log: line => logs.push(line),
    });

    await mailer.kick();
    expect(mails).toMatchObject([
      { attempts: 1, nextAt: '2025-03-03T12:00:30.000Z', lastError: expect.stringMatching(/ECONNREFUSED/) },
    ]);
    expect(logs).toEqual([expect.stringMatching(/^1 not sent \(attempt 1\): .*ECONNREFUSED/)]);
    later(29_000);
    await mailer.kick();
    expect(mails[0]?.attempts).toBe(1);
    later(1_000);
    await mailer.kick();
    expect(mails).toMatchObject([{ attempts: 2, nextAt: '2025-03-03T12:01:30.000Z' }]);

    smtp = await startSmtp(port);
    later(60_000);
    await mailer.kick();
    expect(mails).toEqual([]);
    expect(smtp.received.map(mail => mail.parsed.subject)).toEqual(['Votre photo est validée']);
  });

  it('never runs two passes at once, and a kick during a pass brings one more', async () => {
    const { transport, sends, nextSend } = heldTransport();
    const { queue, mails } = memoryQueue();
    await queue.queue(await mailFor(1));
    const first = nextSend();
    mailer = startMailer({ queue, transport });
    await first;
    // Queued while the first mail is on its way: the pass in flight already read the queue.
    await queue.queue(await mailFor(2));
    const kicks = [mailer.kick(), mailer.kick(), mailer.kick()];
    const second = nextSend();
    sends[0]?.release();
    await second;
    expect(sends.map(send => send.to)).toEqual(['person1@example.org', 'person2@example.org']);
    sends[1]?.release();
    await Promise.all(kicks);
    expect(sends).toHaveLength(2);
    expect(mails).toEqual([]);
  });

  it('wakes up on its own, at its interval', async () => {
    const { transport, sends, nextSend } = heldTransport();
    const { queue } = memoryQueue();
    mailer = startMailer({ queue, transport, interval: 20 });
    await mailer.kick();
    const sent = nextSend();
    await queue.queue(await mailFor(1));
    await sent;
    sends[0]?.release();
  });

  it('stop() waits for the mail in flight, marks it, and sends nothing more', async () => {
    const { transport, sends, nextSend } = heldTransport();
    const { queue, mails } = memoryQueue();
    for (const n of [1, 2]) await queue.queue(await mailFor(n));
    const first = nextSend();
    const stopping = startMailer({ queue, transport });
    await first;
    const stopped = stopping.stop();
    expect(await settled(stopped)).toBe(false);
    sends[0]?.release();
    await stopped;
    expect(mails.map(mail => mail.to)).toEqual(['person2@example.org']);
    await stopping.kick();
    expect(sends).toHaveLength(1);
  });

  it('keeps going after the database failed a read', async () => {
    const { queue, mails } = memoryQueue();
    await queue.queue(await mailFor(1));
    const logs: string[] = [];
    let broken = true;
    const flaky: MailQueue = {
      ...queue,
      due: (now, limit) => (broken ? Promise.reject(new Error('database is locked')) : queue.due(now, limit)),
    };
    const sent: string[] = [];
    mailer = startMailer({
      queue: flaky,
      transport: { send: async ({ to }) => void sent.push(to) },
      log: line => logs.push(line),
    });
    await mailer.kick();
    expect(logs).toContain('the outbox could not be read or updated: database is locked');
    broken = false;
    await mailer.kick();
    expect(sent).toEqual(['person1@example.org']);
    expect(mails).toEqual([]);
  });
});
