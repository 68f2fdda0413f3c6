import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { composeMail } from './compose';
import { startSmtp } from './testing';
import { mailTransport } from './transport';

const receipt = () =>
  composeMail(
    {
      id: 'a1b2c3d4-0000-4000-8000-000000000001',
      name: 'Camille Martin',
      email: 'camille@example.org',
      lang: 'en',
      status: 'pending_review',
      reasonCodes: [],
      receivedAt: '2025-07-01T08:00:00.000Z',
      profile: 'demo',
    },
    { baseUrl: 'http://127.0.0.1:4173', from: 'Scolarité <scolarite@univ.example>' },
  ).then(mail => mail!);

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('without SMTP_URL', () => {
  it('writes each message, whole, as an .eml file under <dir>/mail/', async () => {
    dir = await mkdtemp(join(tmpdir(), 'trombine-mail-'));
    const transport = mailTransport({ dir });
    const mail = await receipt();
    await transport.send(mail);
    await transport.send(mail);
    const names = await readdir(join(dir, 'mail'));
    expect(names).toHaveLength(2);
    expect(names.every(name => name.endsWith('.eml') && !name.startsWith('.'))).toBe(true);
    const raw = await readFile(join(dir, 'mail', names[0]!), 'utf8');
    expect(raw).toBe(mail.raw);
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe('Your photo has arrived');
    expect(parsed.text).toContain('http://127.0.0.1:4173/photo');
  });

  it('rejects when the folder cannot be written', async () => {
    dir = await mkdtemp(join(tmpdir(), 'trombine-mail-'));
    const blocked = join(dir, 'a-file');
    await writeFile(blocked, '');
    await expect(mailTransport({ dir: blocked }).send(await receipt())).rejects.toThrow();
  });
});

describe('with SMTP_URL', () => {
  it('sends the queued message as is, from the address its From names', async () => {
    const smtp = await startSmtp();
    try {
      const mail = await receipt();
      await mailTransport({ smtpUrl: smtp.url, dir: '/nonexistent' }).send(mail);
      const [got] = await smtp.waitFor(1);
      expect(got?.from).toBe('scolarite@univ.example');
      expect(got?.to).toEqual(['camille@example.org']);
      // Byte for byte, but for the line ending a DATA stream must end with.
      expect(got?.raw.replace(/\r\n$/, '')).toBe(mail.raw.replace(/\r\n$/, ''));
    } finally {
      await smtp.close();
    }
  });

  it('rejects when nothing listens', async () => {
    const smtp = await startSmtp();
    await smtp.close();
    await expect(
      mailTransport({ smtpUrl: smtp.url, dir: '/nonexistent' }).send(await receipt()),
    ).rejects.toThrow(/ECONNREFUSED/);
  });

  it('refuses an address that is not smtp:// or smtps://, without echoing it', () => {
    expect(() => mailTransport({ smtpUrl: 'http://user:secret@relay', dir: '/nonexistent' })).toThrow(
      /^SMTP_URL must start with smtp:\/\/ or smtps:\/\/$/,
    );
  });
});
