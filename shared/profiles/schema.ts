import * as v from 'valibot';
import { CheckLimitsSchema } from './check-limits';
import { roles, tasks } from './vocabulary';

export { roles, tasks, type Role, type Task } from './vocabulary';

// Messages are i18n keys, translated by describeIssues() in the reader's language.

/**
 * Limits a profile passed around by e-mail must keep: a label or a note is a sentence or two, a university has tens
 * of links, not thousands (an oversized import would fail at the storage quota without a word).
 */
export const limits = { text: 400, links: 60, list: 12, json: 64 * 1024 } as const;
const many = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, 'profile.error.many'));

const Text = v.object({
  fr: v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty('profile.error.empty'),
    v.maxLength(limits.text, 'profile.error.long'),
  ),
  en: v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty('profile.error.empty'),
    v.maxLength(limits.text, 'profile.error.long'),
  ),
});

const isLocalHttp = (url: URL) =>
  url.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(url.hostname);

const studio = 'https://studio.invalid';
/**
 * A path of the studio itself ("/photo"), which stays on the studio's origin whatever a browser makes of it: no
 * "//host", and no backslash, space or control character anywhere, which URL parsers turn into slashes or drop
 * ("/\evil.example" and "/<tab>/evil.example" are "//evil.example" to a browser).
 */
const hidden = (c: string) =>
  c === '\\' || /\s/.test(c) || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f;
const isLocalPath = (value: string) =>
  value.startsWith('/') &&
  !value.startsWith('//') &&
  !Array.from(value).some(hidden) &&
  URL.canParse(value, studio) &&
  new URL(value, studio).origin === studio;

/** https anywhere, http only on this machine, mailto: and tel:, or a path of the studio itself ("/photo"). */
const LinkUrl = v.pipe(
  v.string(),
  v.check(
    value =>
      isLocalPath(value) ||
      (URL.canParse(value) &&
        (() => {
          const url = new URL(value);
          return (
            url.protocol === 'https:' ||
            url.protocol === 'mailto:' ||
            url.protocol === 'tel:' ||
            isLocalHttp(url)
          );
        })()),
    'profile.error.url',
  ),
);

/**
 * The ENT's origin: https (a profile passed around must not send people's passwords over plain http), or http on
 * this machine for the demonstration profile.
 */
const Origin = v.pipe(
  v.string(),
  v.check(value => {
    if (!URL.canParse(value)) return false;
    const url = new URL(value);
    return url.origin === value && (url.protocol === 'https:' || isLocalHttp(url));
  }, 'profile.error.origin'),
);

/**
 * A host the profile's links lead to besides its ENT ("mail.uca.fr"). Declared hosts are listed to the person before
 * an import; a link to any other host is shown with a warning (extension/options, foreignLinks below).
 */
const Host = v.pipe(
  v.string(),
  v.regex(/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'profile.error.host'),
);

/**
 * The ENT page where the photo is changed and its photo input: the extension's photo-form helper runs on that path
 * and touches that input only. A CSS selector of plain characters (no escapes, no functions but :not).
 */
const PhotoForm = v.object({
  path: v.pipe(v.string(), v.check(isLocalPath, 'profile.error.path')),
  input: v.pipe(v.string(), v.regex(/^[\w#.[\]="' :>-]{1,120}$/, 'profile.error.selector')),
});

const Link = v.object({
  /** Stable id, also the omnibox and context-menu key: "password.change". */
  id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/, 'profile.error.id')),
  task: v.picklist(tasks),
  roles: v.pipe(v.array(v.picklist(roles)), v.minLength(1, 'profile.error.none')),
  label: Text,
  /** Where on the page to go, when the link opens a page with tabs ("onglet Connexion et sécurité"). */
  hint: v.optional(Text),
  url: LinkUrl,
  /** Words people type to find it, beside the label ("mdp", "perdu"). */
  keywords: v.optional(
    many(v.pipe(v.string(), v.maxLength(limits.text, 'profile.error.long')), limits.list),
    [],
  ),
});

export const PhotoSpecSchema = v.object({
  width: v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(2000)),
  height: v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(2000)),
  maxBytes: v.pipe(v.number(), v.integer(), v.minValue(10_000), v.maxValue(2_000_000)),
  minQuality: v.pipe(v.number(), v.minValue(0.3), v.maxValue(1)),
  background: v.object({ whiteAllowed: v.boolean() }),
  colourRequired: v.boolean(),
  /** Thresholds of the compliance checks; every one has a default. */
  checks: v.optional(CheckLimitsSchema, {}),
});

const Upload = v.variant('kind', [
  v.object({ kind: v.literal('endpoint'), endpoint: LinkUrl }),
  /** No API: the JPEG is saved on the device and the ENT photo page opens, with the university's steps. */
  v.object({
    kind: v.literal('handoff'),
    url: LinkUrl,
    steps: v.pipe(many(Text, limits.list), v.minLength(1, 'profile.error.none')),
  }),
]);

const Consent = v.object({
  /** Bumped when the wording changes: a receipt names the version that was agreed to. */
  version: v.pipe(v.string(), v.nonEmpty('profile.error.empty')),
  choices: v.pipe(
    v.array(
      v.object({ id: v.pipe(v.string(), v.nonEmpty('profile.error.empty')), label: Text, description: Text }),
    ),
    v.minLength(1, 'profile.error.none'),
  ),
});

const Support = v.object({
  email: v.optional(v.pipe(v.string(), v.email('profile.error.email'))),
  phone: v.optional(v.pipe(v.string(), v.regex(/^\+?[0-9 ]{6,20}$/, 'profile.error.phone'))),
  url: v.optional(LinkUrl),
});

/**
 * For an intake that forwards to esup-sgc (spa/intake/esup): the consent choice that lets the photo be shown
 * outside the card (esup-sgc's `difPhoto`), and whether the studio asks for CROUS services and the European Student
 * Card (its `crous` and `european` flags).
 */
const Esup = v.object({
  difPhotoChoice: v.pipe(v.string(), v.nonEmpty('profile.error.empty')),
  crous: v.boolean(),
  european: v.boolean(),
});

export const ProfileSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{1,30}$/, 'profile.error.id')),
  name: Text,
  shortName: Text,
  entOrigin: Origin,
  hosts: v.optional(many(Host, limits.list), []),
  photoForm: v.optional(PhotoForm),
  /** Facts a person should know before depositing ("validated by the schooling office", …). */
  notes: v.optional(many(Text, limits.list), []),
  links: v.pipe(many(Link, limits.links), v.minLength(1, 'profile.error.none')),
  photo: PhotoSpecSchema,
  upload: Upload,
  consent: Consent,
  support: Support,
  esup: v.optional(Esup),
});

export type Profile = v.InferOutput<typeof ProfileSchema>;
export type ProfileInput = v.InferInput<typeof ProfileSchema>;
export type PhotoSpec = v.InferOutput<typeof PhotoSpecSchema>;
export type ProfileLink = Profile['links'][number];
export type Localized = v.InferOutput<typeof Text>;

/** The host a link leads to: its own for an address, the ENT's for a path, none for mailto: and tel:. */
export function linkHost(url: string, entOrigin: string): string | undefined {
  const { protocol, hostname } = new URL(url, entOrigin);
  return protocol === 'https:' || protocol === 'http:' ? hostname : undefined;
}

/** An address of a profile that leads away from its ENT and from the hosts it declares. */
export type ForeignAddress = { field: string; url: string; host: string; label?: Localized };

/**
 * Every address a person could be sent to (links, the photo page of a hand-off, the upload endpoint, the help page)
 * whose host is neither the ENT's nor declared in `hosts`: what the options warn about before an import.
 */
export function foreignAddresses(profile: Profile): ForeignAddress[] {
  const known = new Set([new URL(profile.entOrigin).hostname, ...profile.hosts]);
  const { upload, support } = profile;
  const addresses: Omit<ForeignAddress, 'host'>[] = [
    ...profile.links.map((link, i) => ({ field: `links.${i}.url`, url: link.url, label: link.label })),
    upload.kind === 'handoff'
      ? { field: 'upload.url', url: upload.url }
      : { field: 'upload.endpoint', url: upload.endpoint },
    ...(support.url ? [{ field: 'support.url', url: support.url }] : []),
  ];
  return addresses.flatMap(address => {
    const host = linkHost(address.url, profile.entOrigin);
    return host !== undefined && !known.has(host) ? [{ ...address, host }] : [];
  });
}
