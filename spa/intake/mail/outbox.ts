import type { QueuedMail, Repository } from '../db/contract';
import { startLoop, type Loop } from '../loop';
import type { MailTransport } from './transport';

export type MailQueue = Repository['mail'];
export type MailerOptions = {
  queue: MailQueue;
  transport: MailTransport;
  now?: () => Date;
  /** Milliseconds between looks at the queue without a kick: retries that came due, mails another process queued. */
  interval?: number;
  log?: (line: string) => void;
};
export type Mailer = Loop;

const firstDelay = 30_000;
const longestDelay = 3_600_000;
/** 30 s, 1 min, 2 min… then every hour, forever: a decision's mail is never dropped. */
export const retryDelay = (attempts: number): number => Math.min(firstDelay * 2 ** attempts, longestDelay);

const batch = 20;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Sends the outbox's mails one at a time, oldest first. A mail leaves the queue only once the server took it, so a
 * mail server that is down delays mails and never loses one; a crash between "taken" and "marked sent" sends it
 * twice, never zero times.
 */
export function startMailer({
  queue,
  transport,
  now = () => new Date(),
  interval = 10_000,
  log = line => console.warn(`[mail] ${line}`),
}: MailerOptions): Mailer {
  async function deliver(mail: QueuedMail) {
    try {
      await transport.send(mail);
    } catch (error) {
      const nextAt = new Date(now().getTime() + retryDelay(mail.attempts));
      await queue.failed(mail.id, nextAt, messageOf(error));
      log(
        `${mail.id} not sent (attempt ${mail.attempts + 1}): ${messageOf(error)}; next try ${nextAt.toISOString()}`,
      );
      return;
    }
    await queue.sent(mail.id);
  }

  async function pass(stopped: () => boolean) {
    for (;;) {
      const due = await queue.due(now(), batch);
      for (const mail of due) {
        if (stopped()) return;
        await deliver(mail);
      }
      // A full batch may hide more; a failed mail is due later, so it cannot come back within this pass.
      if (due.length < batch) return;
    }
  }

  // A pass that throws is the database, not the mail server: nothing was marked, so the next look tries again.
  return startLoop(pass, {
    interval,
    onError: error => log(`the outbox could not be read or updated: ${messageOf(error)}`),
  });
}
