import * as v from 'valibot';
import { maxFileBytes, type PhotoResult } from '../../shared/engine';
import { langs, type Lang } from '../../shared/i18n/lang';
import { PhotoSpecSchema, type PhotoSpec } from '../../shared/profiles/schema';

/*
 * How the content script (content/engine-client.ts), the background (background/engine-access.ts) and the engine
 * frame (frame.ts) talk. The frame is framed into the ENT page, so any script of that page can frame it too and post
 * to it: it serves only a port opened with a one-time token that the background gave our content script, and on that
 * port only a photo in and its result out. What does not parse here is dropped without an answer.
 * Plain checks rather than valibot's object schemas: the popup shares the extension's valibot chunk (its budget).
 */

/** Where the engine frame is, inside the extension (listed in web_accessible_resources for the ENT origins). */
export const framePath = 'engine/index.html';

/** Content script → background: asks for a token; answered with one, or null. */
export const tokenRequest = 'trombine:engine-token';

type Guard<T> = (value: unknown) => value is T;
type Shape = Record<string, Guard<unknown>>;
type Of<S extends Shape> = { [K in keyof S]: S[K] extends Guard<infer T> ? T : never };

/**
 * A plain object with exactly the keys of `shape`, each passing its guard: no key missing, none more (an own
 * `__proto__` included), no class instance.
 */
const exactly =
  <S extends Shape>(shape: S) =>
  (data: unknown): data is Of<S> => {
    if (typeof data !== 'object' || data === null || Object.getPrototypeOf(data) !== Object.prototype)
      return false;
    const keys = Object.keys(data);
    return (
      keys.length === Object.keys(shape).length &&
      keys.every(key => Object.hasOwn(shape, key) && shape[key]!((data as Record<string, unknown>)[key]))
    );
  };
const literal =
  <T extends string>(expected: T) =>
  (value: unknown): value is T =>
    value === expected;

/** 32 random bytes in hex: never guessed, and nothing else looks like one. */
export const isToken = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
const isOrigin = (value: unknown): value is string => typeof value === 'string' && value.length <= 300;
const isId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
/** At most what the engine takes: a bigger file is refused before anything reads it. */
const isFile = (value: unknown): value is Blob => value instanceof Blob && value.size <= maxFileBytes;
const isLang = (value: unknown): value is Lang => langs.includes(value as Lang);

/** Every key of `input`, at every depth, is one the schema kept in `output`: nothing unknown rode along. */
const onlyKnownKeys = (input: unknown, output: unknown): boolean =>
  typeof input !== 'object' ||
  input === null ||
  (typeof output === 'object' &&
    output !== null &&
    Object.keys(input).every(
      key =>
        Object.hasOwn(output, key) &&
        onlyKnownKeys((input as Record<string, unknown>)[key], (output as Record<string, unknown>)[key]),
    ));
/** The spec as the profile schema makes it (its defaults filled), if it is one and has no key of its own. */
function photoSpec(value: unknown): PhotoSpec | undefined {
  const parsed = v.safeParse(PhotoSpecSchema, value);
  return parsed.success && onlyKnownKeys(value, parsed.output) ? parsed.output : undefined;
}

/** Content script → frame (window message, with one MessagePort): serve this port. */
const isConnect = exactly({ type: literal('trombine:engine-connect'), token: isToken });
/** Frame → background: redeem the token it was given by `origin` (its parent); answered true once, else false. */
const isRedeem = exactly({ type: literal('trombine:engine-redeem'), token: isToken, origin: isOrigin });
/** Content script → frame, on the port: one photo, its spec and the language of the answer. */
const isRequest = exactly({
  type: literal('process'),
  id: isId,
  file: isFile,
  spec: (value: unknown): value is PhotoSpec => photoSpec(value) !== undefined,
  options: exactly({ lang: isLang }),
});

type Guarded<G> = G extends Guard<infer T> ? T : never;
export type Connect = Guarded<typeof isConnect>;
export type Redeem = Guarded<typeof isRedeem>;
export type EngineRequest = Guarded<typeof isRequest>;

/** The message if it has exactly its shape, else undefined: a caller drops it without a word. */
export const parseConnect = (data: unknown): Connect | undefined => (isConnect(data) ? data : undefined);
export const parseRedeem = (data: unknown): Redeem | undefined => (isRedeem(data) ? data : undefined);
/** A request, its spec as the schema makes it. */
export const parseRequest = (data: unknown): EngineRequest | undefined =>
  isRequest(data) ? { ...data, spec: photoSpec(data.spec)! } : undefined;

/** Frame → content script, on the port: the token was good, requests are served. */
export const readyAnswer = { type: 'ready' } as const;
/** Frame → content script, on the port: what workers/bridge.ts `process` resolved to for request `id`. */
export type ResultAnswer = { type: 'result'; id: number; result: PhotoResult };
export type EngineAnswer = typeof readyAnswer | ResultAnswer;
