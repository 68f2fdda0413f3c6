import type { IncomingMessage } from 'node:http';
import { describe, expect, test } from 'vitest';
import { demoCookie, identify, identityFromEnv, personFrom } from './identity';

/** What identify() reads of a request: its headers and the address it came from. */
const request = (headers: Record<string, string>, remoteAddress = '127.0.0.1') =>
  ({ headers, socket: { remoteAddress } }) as unknown as IncomingMessage;

describe('behind the single sign-on (INTAKE_IDENTITY=header)', () => {
  const options = identityFromEnv({ INTAKE_IDENTITY: 'header' }, 'demo');

  test('believes the proxy: login, e-mail and name from its headers', () => {
    const person = identify(
      options,
      request({
        'x-remote-user': 'jdupont@uca.fr',
        'x-remote-mail': 'jean.dupont@uca.fr',
        'x-remote-name': 'Jean',
      }),
    );
    expect(person).toEqual({ login: 'jdupont@uca.fr', email: 'jean.dupont@uca.fr', name: 'Jean' });
  });

  test('reads a UTF-8 name that node took as Latin-1', () => {
    const latin1 = Buffer.from('Hélène Núñez', 'utf8').toString('latin1');
    const person = identify(options, request({ 'x-remote-user': 'hnunez', 'x-remote-name': latin1 }));
    expect(person?.name).toBe('Hélène Núñez');
  });

  test('believes no one but the trusted proxies', () => {
    const headers = { 'x-remote-user': 'jdupont' };
    expect(identify(options, request(headers, '10.0.0.8'))).toBeUndefined();
    expect(identify(options, request(headers, '::1'))).toEqual({ login: 'jdupont' });
    const proxied = identityFromEnv(
      { INTAKE_IDENTITY: 'header', INTAKE_TRUSTED_PROXIES: '10.0.0.8' },
      'demo',
    );
    expect(identify(proxied, request(headers, '10.0.0.8'))).toEqual({ login: 'jdupont' });
    expect(identify(proxied, request(headers, '127.0.0.1'))).toBeUndefined();
  });

  test('takes its header names from the environment', () => {
    const shibboleth = identityFromEnv(
      { INTAKE_IDENTITY: 'header', INTAKE_USER_HEADER: 'Eppn', INTAKE_MAIL_HEADER: 'Mail' },
      'demo',
    );
    expect(identify(shibboleth, request({ eppn: 'jd@uca.fr', mail: 'jd@uca.fr' }))).toEqual({
      login: 'jd@uca.fr',
      email: 'jd@uca.fr',
    });
  });

  test('refuses a missing or malformed login, and drops a malformed e-mail', () => {
    expect(identify(options, request({}))).toBeUndefined();
    expect(personFrom('jean dupont')).toBeUndefined();
    expect(personFrom('x'.repeat(129))).toBeUndefined();
    expect(personFrom('jdupont', 'pas une adresse')).toEqual({ login: 'jdupont' });
  });

  test('refuses an unknown mode', () => {
    expect(() => identityFromEnv({ INTAKE_IDENTITY: 'none' }, 'demo')).toThrow(/header" or "demo/);
  });
});

describe('on a demonstration machine (INTAKE_IDENTITY=demo)', () => {
  const options = identityFromEnv({}, 'demo');
  const cookieOf = (setCookie: string) => setCookie.split(';')[0]!;

  test('the signed cookie says who signed in', () => {
    const cookie = cookieOf(demoCookie(options, { login: 'camille', name: 'Camille Martin' }));
    expect(identify(options, request({ cookie: `lang=fr; ${cookie}` }))).toEqual({
      login: 'camille',
      name: 'Camille Martin',
    });
  });

  test('a cookie changed by hand, or signed by another intake, is nobody', () => {
    const cookie = cookieOf(demoCookie(options, { login: 'camille' }));
    const [name, value] = cookie.split('=') as [string, string];
    const [, signature] = value.split('.');
    const forged = `${name}=${Buffer.from(JSON.stringify({ login: 'scolarite' })).toString('base64url')}.${signature}`;
    expect(identify(options, request({ cookie: forged }))).toBeUndefined();
    expect(identify(identityFromEnv({}, 'demo'), request({ cookie }))).toBeUndefined();
  });

  test('headers are not believed in demo mode', () => {
    expect(identify(options, request({ 'x-remote-user': 'jdupont' }))).toBeUndefined();
  });
});
