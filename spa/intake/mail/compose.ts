import addressparser from 'nodemailer/lib/addressparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import { fill, type Params } from '../../../shared/i18n/format';
import type { Lang } from '../../../shared/i18n/lang';
import { fr } from '../../../shared/i18n/sections/mail';
import { en } from '../../../shared/i18n/sections/mail.en';
import { findProfile, resolveLink } from '../../../shared/profiles';
import { rejectionReasons, type DepositStatus, type RejectionCode } from '../../../shared/review';
import type { Deposit, Mail } from '../db/contract';
import { htmlBody, textBody, type MailContent } from './body';

/** The deposit as the write left it: its status is the news. */
export type MailDeposit = Pick<
  Deposit,
  'id' | 'name' | 'email' | 'lang' | 'status' | 'reason' | 'reasonCodes' | 'receivedAt' | 'profile'
>;
export type { Mail };
export type MailOptions = {
  /** The studio's public address; the mail links to its follow-up page, `${baseUrl}/photo`. */
  baseUrl: string;
  from?: string;
  now?: Date;
};

type MailEvent = 'received' | 'validated' | 'rejected';
/** A superseded deposit is not news: the person replaced it, and the newer one's receipt says so. */
const events: Partial<Record<DepositStatus, MailEvent>> = {
  pending_review: 'received',
  validated: 'validated',
  rejected: 'rejected',
};

type MailKey = keyof typeof fr;
const strings: Record<Lang, Record<MailKey, string>> = { fr, en };
const locales: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

// One address, nothing a header could split into two: the address also becomes the SMTP envelope's recipient.
const singleAddress = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/;

const isCode = (code: string): code is RejectionCode => Object.hasOwn(rejectionReasons, code);
/** The name comes from the single sign-on's headers: one line, whatever it held. */
const oneLine = (text: string | undefined) => text?.replace(/[\p{Cc}\s]+/gu, ' ').trim() || undefined;

function content(deposit: MailDeposit, event: MailEvent, baseUrl: string): MailContent {
  const { lang } = deposit;
  const name = oneLine(deposit.name);
  const say = (key: MailKey, params?: Params) => fill(strings[lang][key], params);
  const profile = findProfile(deposit.profile);
  const institution = profile?.name[lang] ?? deposit.profile;
  const date = new Intl.DateTimeFormat(locales[lang], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(new Date(deposit.receivedAt));
  const url = `${baseUrl.replace(/\/+$/, '')}/photo`;
  const codes = deposit.reasonCodes.filter(isCode);
  const rejected = event === 'rejected';
  const { email, url: desk } = profile?.support ?? {};
  const support = email
    ? say('mail.support.email', { email })
    : desk && say('mail.support.url', { url: resolveLink(desk, baseUrl) });
  return {
    lang,
    subject: say(`mail.${event}.subject`),
    intro: [
      name ? say('mail.hello', { name }) : say('mail.hello.anonymous'),
      say(`mail.${event}.body`, { institution, date }),
    ],
    reasons:
      rejected && codes.length
        ? { title: say('mail.rejected.reasons'), items: codes.map(code => say(`mail.reason.${code}`)) }
        : undefined,
    note:
      rejected && deposit.reason?.trim()
        ? { title: say('mail.rejected.note'), text: deposit.reason.trim().replace(/\r\n?/g, '\n') }
        : undefined,
    outro: rejected ? [say('mail.rejected.next')] : [],
    link: { label: say('mail.link'), line: say('mail.link.text', { url }), url },
    footer: [say('mail.reference', { id: deposit.id }), ...(support ? [support] : []), say('mail.automatic')],
  };
}

/**
 * The mail that tells a person what became of their photo, as a full RFC 5322 message (text and HTML alternatives)
 * ready to queue and send as is; undefined when there is no one to tell or nothing to say.
 */
export async function composeMail(deposit: MailDeposit, options: MailOptions): Promise<Mail | undefined> {
  const { from = 'Trombine <no-reply@localhost>', now = new Date() } = options;
  const event = events[deposit.status];
  const to = deposit.email?.trim();
  if (!event || !to || !singleAddress.test(to)) return undefined;
  const mail = content(deposit, event, options.baseUrl);
  const domain = addressparser(from, { flatten: true })[0]?.address.split('@')[1] || 'localhost';
  // The receipt's Message-ID is the deposit's, and decisions answer it: a mail reader shows one thread per photo.
  const thread = `<${deposit.id.replace(/[^\w.-]/g, '')}@${domain}>`;
  const composer = new MailComposer({
    from,
    to: { name: oneLine(deposit.name) ?? '', address: to },
    subject: mail.subject,
    date: now,
    ...(event === 'received' ? { messageId: thread } : { inReplyTo: thread, references: thread }),
    headers: {
      // RFC 3834: no out-of-office or vacation reply to a robot. Exchange reads its own header for the same wish.
      'Auto-Submitted': 'auto-generated',
      'X-Auto-Response-Suppress': 'All',
      'Content-Language': deposit.lang,
    },
    text: textBody(mail),
    html: htmlBody(mail),
    // RFC 5322 lines end in CRLF; the bodies (and the reviewer's text) come with whatever they had.
    newline: '\r\n',
  });
  const raw = await composer.compile().build();
  return { to, raw: raw.toString('utf8') };
}
