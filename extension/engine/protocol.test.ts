import { describe, expect, it } from 'vitest';
import { maxFileBytes } from '../../shared/engine';
import { findProfile } from '../../shared/profiles';
import { isToken, parseConnect, parseRedeem, parseRequest } from './protocol';

const token = 'a1'.repeat(32);
const spec = findProfile('uca')!.photo;
const photo = new Blob([new Uint8Array(16)], { type: 'image/jpeg' });
const request = { type: 'process', id: 1, file: photo, spec, options: { lang: 'fr' } };
/** Data as a message event carries it: a `__proto__` key stays an own key, as in a structured clone. */
const parsed = (json: string) => JSON.parse(json) as Record<string, unknown>;
/** A Blob that says it has `size` bytes without holding them. */
const sized = (size: number) => Object.create(Blob.prototype, { size: { value: size } }) as Blob;

describe('the connect message', () => {
  it('is a type and a token, nothing else', () => {
    expect(parseConnect({ type: 'trombine:engine-connect', token })).toEqual({
      type: 'trombine:engine-connect',
      token,
    });
  });

  it.each([
    ['the old bare string', 'trombine:engine-connect'],
    ['no token', { type: 'trombine:engine-connect' }],
    ['a made-up token', { type: 'trombine:engine-connect', token: 'secret' }],
    ['a token in capitals', { type: 'trombine:engine-connect', token: token.toUpperCase() }],
    ['an extra key', { type: 'trombine:engine-connect', token, port: 1 }],
    ['a comlink call', { id: 'x', type: 'APPLY', path: ['process'], argumentList: [] }],
    [
      'a comlink set',
      { id: 'x', type: 'SET', path: ['__proto__', 'polluted'], value: { type: 'RAW', value: 1 } },
    ],
    ['an own __proto__', parsed(`{"type":"trombine:engine-connect","token":"${token}","__proto__":{"a":1}}`)],
    [
      'an object of a class',
      Object.assign(new (class Message {})(), { type: 'trombine:engine-connect', token }),
    ],
    ['null', null],
    ['an array', ['trombine:engine-connect', token]],
  ])('refuses %s', (_, message) => {
    expect(parseConnect(message)).toBeUndefined();
  });
});

describe('the redeem message', () => {
  it('names the token and the origin that gave it', () => {
    const message = { type: 'trombine:engine-redeem', token, origin: 'https://ent.uca.fr' };
    expect(parseRedeem(message)).toEqual(message);
    expect(parseRedeem({ ...message, token: 'x' })).toBeUndefined();
    expect(parseRedeem({ ...message, origin: 1 })).toBeUndefined();
    expect(parseRedeem({ ...message, tabId: 1 })).toBeUndefined();
  });
});

it('knows a token by its shape', () => {
  expect(isToken(token)).toBe(true);
  expect(isToken(token.slice(1))).toBe(false);
  expect(isToken(`${token}0`)).toBe(false);
  expect(isToken(undefined)).toBe(false);
});

describe('a request on the port', () => {
  it('takes a photo, the profile’s spec and a language', () => {
    const got = parseRequest(request)!;
    expect(got.file).toBe(photo);
    expect(got.spec).toMatchObject({ width: spec.width, height: spec.height, maxBytes: spec.maxBytes });
    expect(got.options).toEqual({ lang: 'fr' });
  });

  it('takes a File, an empty one too (the engine says it is empty), and the largest the engine takes', () => {
    expect(parseRequest({ ...request, file: new File([photo], 'p.jpg') })).toBeDefined();
    expect(parseRequest({ ...request, file: new Blob([]) })).toBeDefined();
    expect(parseRequest({ ...request, file: sized(maxFileBytes) })).toBeDefined();
  });

  it('refuses a file bigger than the engine takes, without reading it', () => {
    expect(parseRequest({ ...request, file: sized(maxFileBytes + 1) })).toBeUndefined();
  });

  it.each([
    ['no file', { ...request, file: undefined }],
    ['bytes instead of a Blob', { ...request, file: new Uint8Array(4) }],
    ['a string instead of a Blob', { ...request, file: 'data:image/jpeg;base64,' }],
    ['another language', { ...request, options: { lang: 'de' } }],
    ['another option', { ...request, options: { lang: 'fr', faceModels: 'fetch' } }],
    ['no options', { ...request, options: undefined }],
    ['a negative id', { ...request, id: -1 }],
    ['a fractional id', { ...request, id: 0.5 }],
    ['a string id', { ...request, id: '1' }],
    ['another type', { ...request, type: 'render' }],
    ['an extra key', { ...request, then: 'x' }],
    ['a spec out of the schema’s range', { ...request, spec: { ...spec, width: 100_000 } }],
    ['a spec without its size', { ...request, spec: { ...spec, maxBytes: undefined } }],
    ['a spec with a key of its own', { ...request, spec: { ...spec, evil: true } }],
    [
      'a check limit not in the schema',
      { ...request, spec: { ...spec, checks: { 'face.pose': { yaw: 1 } } } },
    ],
    ['a number as a string', { ...request, spec: { ...spec, minQuality: '0.8' } }],
    ['NaN', { ...request, spec: { ...spec, minQuality: Number.NaN } }],
  ])('refuses %s', (_, message) => {
    expect(parseRequest(message)).toBeUndefined();
  });

  it('refuses an own __proto__ anywhere', () => {
    const withProto = (json: string) => ({ ...request, spec: { ...spec, ...parsed(json) } });
    expect(parseRequest(withProto('{"__proto__":{"polluted":1}}'))).toBeUndefined();
    expect(
      parseRequest(withProto('{"background":{"whiteAllowed":false,"__proto__":{"x":1}}}')),
    ).toBeUndefined();
    expect(parseRequest({ ...parsed('{"__proto__":{"x":1}}'), ...request })).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
