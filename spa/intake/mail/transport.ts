import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';
import type { Mail } from './compose';

/** Hands one message to whatever delivers it; rejects unless it was taken, so the outbox keeps it for later. */
export type MailTransport = { send(mail: Mail): Promise<void> };
export type MailTransportOptions = {
  /** `SMTP_URL`, e.g. smtp://relay.univ.fr:25 or smtps://user:password@host:465; none writes .eml files. */
  smtpUrl?: string;
  /** The intake's folder: the files go to `<dir>/mail/`. */
  dir: string;
};

/** The envelope's sender is the message's own From, so a bounce goes back where the mail says it comes from. */
function sender(raw: string): string {
  const end = raw.search(/\r?\n\r?\n/);
  const head = end < 0 ? raw : raw.slice(0, end);
  const from = /^from:(.*(?:\r?\n[ \t].*)*)/im.exec(head)?.[1]?.replace(/\r?\n/g, '');
  const address = addressparser(from, { flatten: true })[0]?.address;
  if (!address) throw new Error('the message has no From address');
  return address;
}

function smtp(url: string): MailTransport {
  // Not echoed: the URL may carry a password.
  if (!/^smtps?:\/\//.test(url)) throw new Error('SMTP_URL must start with smtp:// or smtps://');
  // Nodemailer waits minutes by default: a relay that hangs would hold the outbox (and the intake's shutdown).
  const transporter = createTransport({
    url,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    async send({ to, raw }) {
      // The message goes as composed and queued, byte for byte: nodemailer builds nothing from it.
      const info = await transporter.sendMail({ envelope: { from: sender(raw), to }, raw });
      if (info.rejected.length > 0) throw new Error(`the server refused ${info.rejected.join(', ')}`);
    },
  };
}

/** Without a mail server (`npm start`), each message lands in `<dir>/mail/` where any mail reader opens it. */
function files(dir: string): MailTransport {
  const folder = join(dir, 'mail');
  return {
    async send({ raw }) {
      await mkdir(folder, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`;
      // A reader (or a test) never sees half a message: written under a temporary name, then renamed.
      const temp = join(folder, `.${name}.tmp`);
      try {
        await writeFile(temp, raw, { flag: 'wx' });
        await rename(temp, join(folder, name));
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
  };
}

export const mailTransport = ({ smtpUrl, dir }: MailTransportOptions): MailTransport =>
  smtpUrl ? smtp(smtpUrl) : files(dir);
