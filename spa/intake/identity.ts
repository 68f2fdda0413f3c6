import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import type { Person } from '../../shared/review';

/**
 * Who sent a request. The intake never takes it from the client's body: behind the university's single sign-on, the
 * reverse proxy says it in headers (`header`); on a demonstration machine (`npm start`), a local sign-in page sets a
 * signed cookie (`demo`).
 */
export type IdentityMode = 'header' | 'demo';

export type IdentityOptions = {
  mode: IdentityMode;
  /** Header mode: the headers CAS or Shibboleth set in front (lower-cased by node). */
  userHeader: string;
  mailHeader: string;
  nameHeader: string;
  /** Header mode: addresses whose headers are believed (the reverse proxy's); `loopback` for 127.0.0.1 and ::1. */
  trustedProxies: string[];
  /** Demo mode: the key that signs the session cookie. */
  secret: Buffer;
};

/** INTAKE_IDENTITY and its companions, with the defaults the README documents. */
export function identityFromEnv(env: NodeJS.ProcessEnv, fallback: IdentityMode): IdentityOptions {
  const mode = env.INTAKE_IDENTITY ?? fallback;
  if (mode !== 'header' && mode !== 'demo')
    throw new Error(`INTAKE_IDENTITY must be "header" or "demo", not "${mode}"`);
  return {
    mode,
    userHeader: (env.INTAKE_USER_HEADER ?? 'X-Remote-User').toLowerCase(),
    mailHeader: (env.INTAKE_MAIL_HEADER ?? 'X-Remote-Mail').toLowerCase(),
    nameHeader: (env.INTAKE_NAME_HEADER ?? 'X-Remote-Name').toLowerCase(),
    trustedProxies: (env.INTAKE_TRUSTED_PROXIES ?? 'loopback')
      .split(',')
      .map(entry => entry.trim())
      .filter(Boolean),
    secret: randomBytes(32),
  };
}

/** A login as SSO systems give it: a uid or an eduPersonPrincipalName (« jdupont@uca.fr »). */
const loginPattern = /^[\w.@+-]{1,128}$/;
const mailPattern = /^[^\s@<>"]{1,64}@[^\s@<>"]{1,190}$/;

/**
 * Node reads header bytes as Latin-1; CAS and Shibboleth send names in UTF-8 (« Hélène »): decoded again when the
 * bytes are valid UTF-8, kept as they came otherwise.
 */
function headerText(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined) return undefined;
  const bytes = Buffer.from(text, 'latin1');
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const trimmed = (utf8.includes('\uFFFD') ? text : utf8).trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A person from what the proxy or the sign-in page said; undefined when the login is missing or malformed. */
export function personFrom(login?: string, email?: string, name?: string): Person | undefined {
  if (!login || !loginPattern.test(login)) return undefined;
  return {
    login,
    ...(email && mailPattern.test(email) ? { email } : {}),
    // Shown to reviewers and in mails, never parsed: a bounded length is all it needs.
    ...(name ? { name: name.slice(0, 200) } : {}),
  };
}

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
function trusted(address: string | undefined, proxies: string[]): boolean {
  if (!address || !isIP(address)) return false;
  return proxies.some(proxy => (proxy === 'loopback' ? loopback.has(address) : proxy === address));
}

const cookieName = 'trombine_demo';
const sign = (secret: Buffer, payload: string) =>
  createHmac('sha256', secret).update(payload).digest('base64url');

/** The demo session cookie: the person, signed, HttpOnly and SameSite=Strict, for the browser session. */
export function demoCookie(options: IdentityOptions, person: Person): string {
  const payload = Buffer.from(JSON.stringify(person)).toString('base64url');
  return `${cookieName}=${payload}.${sign(options.secret, payload)}; Path=/; HttpOnly; SameSite=Strict`;
}
export const demoSignOut = `${cookieName}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`;

function fromDemoCookie(options: IdentityOptions, header: string | undefined): Person | undefined {
  const value = header
    ?.split(';')
    .map(part => part.trim())
    .find(part => part.startsWith(`${cookieName}=`))
    ?.slice(cookieName.length + 1);
  const [payload, signature] = value?.split('.') ?? [];
  if (!payload || !signature) return undefined;
  const expected = Buffer.from(sign(options.secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const { login, email, name } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Person;
    return personFrom(login, email, name);
  } catch {
    return undefined;
  }
}

/** The person behind a request, or undefined (the intake then answers 401). */
export function identify(options: IdentityOptions, req: IncomingMessage): Person | undefined {
  if (options.mode === 'demo') return fromDemoCookie(options, req.headers.cookie);
  // Headers from anyone but the proxy could be typed by the person themselves.
  if (!trusted(req.socket.remoteAddress, options.trustedProxies)) return undefined;
  const header = (name: string) => headerText(req.headers[name]);
  return personFrom(header(options.userHeader), header(options.mailHeader), header(options.nameHeader));
}
