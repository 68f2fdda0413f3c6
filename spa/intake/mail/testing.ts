import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message as a real SMTP server took it: the envelope the client gave, and the message parsed back. */
export type Received = { from: string; to: string[]; raw: string; parsed: ParsedMail };

export type SmtpServer = {
  url: string;
  port: number;
  received: Received[];
  /** Resolves once `count` messages in all have arrived. */
  waitFor(count: number): Promise<Received[]>;
  close(): Promise<void>;
};

/** A real SMTP server on 127.0.0.1 (port 0 unless told: other processes hold the usual ports), no TLS, no auth. */
export async function startSmtp(port = 0): Promise<SmtpServer> {
  const received: Received[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // A reverse DNS lookup of 127.0.0.1 per connection, on a machine without a resolver, costs more than the test.
    disableReverseLookup: true,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const { mailFrom, rcptTo } = session.envelope;
        simpleParser(raw).then(parsed => {
          received.push({
            from: mailFrom ? mailFrom.address : '',
            to: rcptTo.map(rcpt => rcpt.address),
            raw,
            parsed,
          });
          for (const wait of waiting.filter(w => received.length >= w.count)) wait.resolve();
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${bound}`,
    port: bound,
    received,
    waitFor: count =>
      received.length >= count
        ? Promise.resolve(received)
        : new Promise(resolve => waiting.push({ count, resolve: () => resolve(received) })),
    close: () => new Promise(resolve => server.close(() => resolve())),
  };
}
