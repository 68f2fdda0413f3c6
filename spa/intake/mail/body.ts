import type { Lang } from '../../../shared/i18n/lang';

/** What one mail says, already in the person's language, as plain text: the two bodies are drawn from it. */
export type MailContent = {
  lang: Lang;
  subject: string;
  intro: string[];
  reasons?: { title: string; items: string[] };
  /** The reviewer's own words, verbatim (line breaks kept). */
  note?: { title: string; text: string };
  outro: string[];
  link: { label: string; line: string; url: string };
  footer: string[];
};

export function textBody(mail: MailContent): string {
  const blocks = [
    ...mail.intro,
    mail.reasons && [mail.reasons.title, ...mail.reasons.items.map(item => `- ${item}`)].join('\n'),
    mail.note && `${mail.note.title}\n${mail.note.text}`,
    ...mail.outro,
    mail.link.line,
    // "-- " is the signature delimiter mail readers know: they dim what follows and leave it out of quotes.
    ['-- ', ...mail.footer].join('\n'),
  ];
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
}

/** Every value goes through here: reasons are typed by reviewers and names come from the single sign-on. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`);

// Inline styles only: most mail readers drop <style> blocks and never fetch external sheets. Colours keep a contrast
// above 7:1 on white; sizes in px as some readers ignore rem.
const style = {
  body: "margin:0;padding:24px 16px;background:#ffffff;color:#1b1b1b;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;line-height:1.5",
  frame: 'max-width:36em;margin:0 auto',
  h1: 'margin:0 0 16px;font-size:22px;line-height:1.3',
  h2: 'margin:24px 0 8px;font-size:17px;line-height:1.3',
  p: 'margin:0 0 16px',
  list: 'margin:0 0 16px;padding-left:24px',
  note: 'margin:0 0 16px;padding:8px 16px;border-left:4px solid #6b6b6b;background:#f3f3f3',
  link: 'display:inline-block;padding:10px 16px;border-radius:6px;background:#0b4f9c;color:#ffffff;font-weight:bold;text-decoration:underline',
  footer: 'margin:32px 0 0;padding-top:16px;border-top:1px solid #c8c8c8;color:#4a4a4a;font-size:14px',
};

const paragraph = (text: string) => `<p style="${style.p}">${escapeHtml(text)}</p>`;

/** One heading, paragraphs, a list and a link: readable by a screen reader, no image, nothing fetched. */
export function htmlBody(mail: MailContent): string {
  const e = escapeHtml;
  const parts = [
    `<h1 style="${style.h1}">${e(mail.subject)}</h1>`,
    ...mail.intro.map(paragraph),
    mail.reasons &&
      `<h2 style="${style.h2}">${e(mail.reasons.title)}</h2>\n<ul style="${style.list}">${mail.reasons.items
        .map(item => `<li>${e(item)}</li>`)
        .join('')}</ul>`,
    mail.note &&
      `<h2 style="${style.h2}">${e(mail.note.title)}</h2>\n<blockquote style="${style.note}">${e(mail.note.text).replace(/\r?\n/g, '<br>')}</blockquote>`,
    ...mail.outro.map(paragraph),
    `<p style="${style.p}"><a href="${e(mail.link.url)}" style="${style.link}">${e(mail.link.label)}</a></p>`,
    `<p style="${style.footer}">${mail.footer.map(e).join('<br>')}</p>`,
  ];
  return [
    '<!doctype html>',
    `<html lang="${mail.lang}" dir="ltr">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(mail.subject)}</title>`,
    '</head>',
    `<body style="${style.body}">`,
    // role="article" with its own label is how a screen reader inside a webmail finds where the message begins.
    `<div role="article" aria-label="${e(mail.subject)}" lang="${mail.lang}" style="${style.frame}">`,
    ...parts.filter(Boolean),
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
