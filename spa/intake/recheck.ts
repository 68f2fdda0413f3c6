import sharp from 'sharp';
import { findProfile, type Profile } from '../../shared/profiles';
import type { Meta } from '../../shared/upload';

/** Why a deposit is refused on arrival (422 unless said): each has its test in recheck.test.ts. */
export type RecheckCode =
  | 'unknown_profile'
  | 'not_jpeg'
  | 'wrong_size'
  | 'too_heavy'
  | 'not_colour'
  | 'metadata'
  | 'blocked'
  | 'consent_version'
  | 'consent_choice'
  | 'not_certified';

export type Recheck =
  { ok: true; profile: Profile } | { ok: false; status: number; code: RecheckCode; message: string };

const refuse = (code: RecheckCode, message: string, status = 422): Recheck => ({
  ok: false,
  status,
  code,
  message,
});

/**
 * The deposit as the schooling office would take it, checked again on the server: the client's own checks and
 * claims are not trusted. The JPEG is decoded whole (sharp, libvips) — a truncated or forged file fails here — and
 * must be the profile's output: its exact size, under its byte cap, in colour when required, without EXIF, XMP or
 * IPTC (GPS lives in them). The meta must name this intake's profile, its current consent wording and choices, and a
 * staff deposit its certification.
 */
export async function recheck(jpeg: Uint8Array, meta: Meta): Promise<Recheck> {
  const profile = findProfile(meta.profile);
  if (!profile || profile.upload.kind !== 'endpoint')
    return refuse('unknown_profile', `Profile "${meta.profile}" does not deposit here`);
  const spec = profile.photo;
  let info: sharp.Metadata;
  try {
    const image = sharp(jpeg, { failOn: 'warning' });
    info = await image.metadata();
    // metadata() reads the header only: decoding every pixel is what proves the file is whole.
    await image.raw().toBuffer();
  } catch {
    return refuse('not_jpeg', 'Photo is not a readable JPEG', 415);
  }
  if (info.format !== 'jpeg') return refuse('not_jpeg', `Photo is ${info.format}, not a JPEG`, 415);
  if (info.width !== spec.width || info.height !== spec.height)
    return refuse('wrong_size', `Photo is ${info.width}×${info.height}, not ${spec.width}×${spec.height}`);
  if (jpeg.byteLength > spec.maxBytes)
    return refuse('too_heavy', `Photo is ${jpeg.byteLength} bytes, over ${spec.maxBytes}`);
  if (spec.colourRequired && (info.channels ?? 3) < 3) return refuse('not_colour', 'Photo is not in colour');
  if (info.exif || info.xmp || info.iptc)
    return refuse('metadata', 'Photo carries EXIF, XMP or IPTC metadata (position, device…)');
  if (meta.checks.verdict === 'blocked') return refuse('blocked', 'The studio’s checks refused this photo');
  if (meta.consent.version !== profile.consent.version)
    return refuse('consent_version', `Consent version "${meta.consent.version}" is not the current one`);
  const choices = new Set(profile.consent.choices.map(choice => choice.id));
  if (!meta.consent.choices.every(choice => choices.has(choice)))
    return refuse('consent_choice', 'Consent names a choice the profile does not offer');
  if (meta.role === 'staff' && meta.certified !== true)
    return refuse('not_certified', 'A staff photo needs its certification');
  return { ok: true, profile };
}
