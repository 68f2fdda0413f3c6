import { randomUUID } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../../shared/i18n/lang';
import * as mailStrings from '../../../shared/i18n/sections/mail';
import { en } from '../../../shared/i18n/sections/mail.en';
import { englishTypographyProblems, frenchTypographyProblems } from '../../../shared/i18n/typography';
import { composeMail, type MailDeposit } from './compose';
import { startSmtp, type SmtpServer } from './testing';
import { mailTransport } from './transport';

const { fr } = mailStrings;
const baseUrl = 'https://trombine.example/';
const deposit = (overrides: Partial<MailDeposit> = {}): MailDeposit => ({
  id: randomUUID(),
  name: 'Hélène Dupont',
  email: 'helene.dupont@uca.fr',
  lang: 'fr',
  status: 'pending_review',
  reasonCodes: [],
  // 14:05 in Paris (UTC+1 until the end of March).
  receivedAt: '2025-03-03T13:05:00.000Z',
  profile: 'poitiers',
  ...overrides,
});

let smtp: SmtpServer;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(() => smtp.close());

/** Composes, sends through a real SMTP session, and gives back what the server received. */
async function deliver(from: MailDeposit) {
  const mail = await composeMail(from, { baseUrl });
  if (!mail) throw new Error('no mail');
  const before = smtp.received.length;
  await mailTransport({ smtpUrl: smtp.url, dir: '/nonexistent' }).send(mail);
  return (await smtp.waitFor(before + 1))[before]!;
}

const expected = {
  fr: { institution: 'Université de Poitiers', date: '3 mars 2025 à 14:05', hello: 'Bonjour Hélène Dupont,' },
  en: { institution: 'Université de Poitiers', date: '3 March 2025 at 14:05', hello: 'Hello Hélène Dupont,' },
};
const strings = { fr, en };

describe.each(['fr', 'en'] as Lang[])('in %s', lang => {
  const say = strings[lang];

  it.each([
    ['pending_review', 'received'],
    ['validated', 'validated'],
  ] as const)(
    '%s: a text and an HTML part, in the person’s language, with the link back',
    async (status, event) => {
      const sent = deposit({ lang, status });
      const { from, to, raw, parsed } = await deliver(sent);
      expect(from).toBe('no-reply@localhost');
      expect(to).toEqual(['helene.dupont@uca.fr']);
      expect(parsed.subject).toBe(say[`mail.${event}.subject`]);
      expect(parsed.to && !Array.isArray(parsed.to) && parsed.to.value).toEqual([
        { name: 'Hélène Dupont', address: 'helene.dupont@uca.fr' },
      ]);
      expect(raw).toMatch(/^Content-Type: multipart\/alternative;/m);
      expect(parsed.headers.get('auto-submitted')).toBe('auto-generated');
      expect(parsed.headers.get('content-language')).toBe(lang);
      expect(parsed.date?.getTime()).toBeGreaterThan(Date.now() - 60_000);
      for (const body of [parsed.text ?? '', parsed.html || '']) {
        expect(body).toContain(expected[lang].hello);
        expect(body).toContain(expected[lang].institution);
        expect(body).toContain(expected[lang].date);
        expect(body).toContain(sent.id);
        expect(body).toContain('assistance@support.univ-poitiers.fr');
      }
      expect(parsed.text).toContain('https://trombine.example/photo');
      expect(parsed.html).toContain(`<html lang="${lang}"`);
      expect(parsed.html).toContain(`<h1 style="`);
      expect(parsed.html).toMatch(
        new RegExp(`<a href="https://trombine.example/photo"[^>]*>${say['mail.link']}</a>`),
      );
      expect(parsed.html).not.toMatch(/<img|<link|<script|url\(|src=/i);
    },
  );

  it('rejected: the reasons in plain words and the reviewer’s own', async () => {
    const sent = deposit({
      lang,
      status: 'rejected',
      reasonCodes: ['cropped', 'background', 'unknown-code'],
      reason: 'Merci de retirer votre casquette.\nEt de sourire moins.',
    });
    const { parsed } = await deliver(sent);
    expect(parsed.subject).toBe(say['mail.rejected.subject']);
    for (const body of [parsed.text ?? '', parsed.html || '']) {
      expect(body).toContain(say['mail.reason.cropped']);
      expect(body).toContain(say['mail.reason.background']);
      expect(body).not.toContain('unknown-code');
      expect(body).toContain('Merci de retirer votre casquette.');
      expect(body).toContain(say['mail.rejected.next']);
    }
    expect(parsed.text).toContain('Merci de retirer votre casquette.\nEt de sourire moins.');
    expect(parsed.html).toContain('Merci de retirer votre casquette.<br>Et de sourire moins.');
    // A decision answers the receipt: one thread per photo in the person's mail reader.
    expect(parsed.inReplyTo).toBe(`<${sent.id}@localhost>`);
  });
});

describe('what is not mailed, and what is escaped', () => {
  it('nothing without an e-mail, for a superseded deposit, or for an address a header could split', async () => {
    expect(await composeMail(deposit({ email: undefined }), { baseUrl })).toBeUndefined();
    expect(await composeMail(deposit({ email: ' ' }), { baseUrl })).toBeUndefined();
    expect(await composeMail(deposit({ status: 'superseded' }), { baseUrl })).toBeUndefined();
    expect(await composeMail(deposit({ email: 'a@uca.fr, b@evil.example' }), { baseUrl })).toBeUndefined();
  });

  it('points to the help desk’s page when the profile gives no support address', async () => {
    const mail = await composeMail(deposit({ profile: 'uca', lang: 'en' }), { baseUrl });
    const { text } = await simpleParser(mail?.raw ?? '');
    expect(text).toContain(
      'The help desk answers here: https://jira.dsi.uca.fr/plugins/servlet/desk/portal/3/create/9',
    );
  });

  it('the receipt carries the deposit’s Message-ID, on the domain of From', async () => {
    const sent = deposit();
    const mail = await composeMail(sent, { baseUrl, from: 'Scolarité <scolarite@uca.fr>' });
    expect(mail?.raw).toMatch(new RegExp(`^Message-ID: <${sent.id}@uca\\.fr>`, 'm'));
    // Every line ends in CRLF, the reviewer's own line breaks included.
    const rejected = await composeMail(deposit({ status: 'rejected', reason: 'un\ndeux\r\ntrois\rquatre' }), {
      baseUrl,
    });
    for (const raw of [mail?.raw, rejected?.raw]) expect(raw).not.toMatch(/[^\r]\n|\r[^\n]/);
    expect(mail?.raw).toMatch(/^From: =\?UTF-8\?Q\?Scolarit=C3=A9\?= <scolarite@uca\.fr>/m);
  });

  it('escapes a hostile reason and name in HTML, and injects no header', async () => {
    const { to, parsed } = await deliver(
      deposit({
        status: 'rejected',
        reason: '<script>alert("x")</script> & <a href="https://evil.example">ici</a>',
        name: 'Eve <img src=x>\r\nBcc: victim@evil.example',
        profile: 'unknown-profile',
      }),
    );
    expect(to).toEqual(['helene.dupont@uca.fr']);
    expect(parsed.headers.has('bcc')).toBe(false);
    expect(parsed.html).not.toMatch(/<script|<img|<a href="https:\/\/evil/);
    expect(parsed.html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38;');
    expect(parsed.html).toContain('Bonjour Eve &#60;img src=x&#62; Bcc: victim@evil.example,');
    expect(parsed.text).toContain('<script>alert("x")</script> & <a href="https://evil.example">ici</a>');
    // An unknown profile is named by its id.
    expect(parsed.text).toContain('unknown-profile n’a pas pu accepter');
  });
});

describe('the mail strings', () => {
  const keys = Object.keys(fr) as (keyof typeof fr)[];
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort();

  it.each(keys)('%s: French and English typography, the same placeholders', key => {
    expect(frenchTypographyProblems(fr[key])).toEqual([]);
    expect(englishTypographyProblems(en[key])).toEqual([]);
    expect(placeholders(en[key])).toEqual(placeholders(fr[key]));
  });
});
