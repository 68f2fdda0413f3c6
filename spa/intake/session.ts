import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Person } from '../../shared/review';
import { fail, readJson, send } from './http';
import { demoCookie, demoSignOut, identify, personFrom, type IdentityOptions } from './identity';

/**
 * `GET /api/me`: who the intake thinks this is, and whether they review; what the studio shows and links from. Only
 * `identity` when nobody is signed in.
 */
export type Me = Person & { reviewer: boolean; identity: IdentityOptions['mode'] };

export type SessionOptions = { identity: IdentityOptions; reviewers: ReadonlySet<string> };

export const isReviewer = (options: SessionOptions, person: Person) => options.reviewers.has(person.login);

/** The person behind a request, or a 401 that says how to sign in. */
export function signedIn(options: SessionOptions, req: IncomingMessage): Person {
  const person = identify(options.identity, req);
  if (person) return person;
  const how =
    options.identity.mode === 'demo'
      ? 'Sign in on /connexion (demonstration)'
      : 'No identity from the single sign-on: reload the page to sign in again';
  fail(401, 'not_signed_in', how);
}

const me = (options: SessionOptions, person: Person): Me => ({
  ...person,
  reviewer: isReviewer(options, person),
  identity: options.identity.mode,
});

/**
 * `/api/me` in both modes; `/api/session` (sign in with a name, sign out) on a demonstration machine only: behind the
 * single sign-on, signing in and out is the university's.
 */
export async function session(
  options: SessionOptions,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  if (path === '/api/me') {
    // Nobody signed in is an answer, not an error: every page asks, signed in or not.
    const person = identify(options.identity, req);
    return send(res, 200, person ? me(options, person) : { identity: options.identity.mode });
  }
  if (options.identity.mode !== 'demo') fail(404, 'not_found', 'Signing in is the single sign-on’s');
  if (req.method === 'DELETE') return send(res, 200, {}, { 'Set-Cookie': demoSignOut });
  if (req.method !== 'POST') fail(405, 'method_not_allowed', 'Use POST to sign in, DELETE to sign out');
  // A JSON body only: a form posted from another site cannot send one without the browser asking first (CORS).
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
    fail(415, 'not_json', 'Body must be application/json');
  const { login, email, name } = ((await readJson(req)) ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : undefined);
  const person = personFrom(text(login), text(email), text(name));
  if (!person) fail(422, 'bad_login', 'A login of letters, digits and . @ + - _ (128 at most)');
  send(res, 200, me(options, person), { 'Set-Cookie': demoCookie(options.identity, person) });
}
