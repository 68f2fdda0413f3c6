import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { findProfile } from '../../shared/profiles';
import type { Meta } from '../../shared/upload';
import { recheck } from './recheck';
import { realJpeg, validMeta } from './testing';

const spec = findProfile('demo')!.photo;
/** The studio's output for the demonstration profile: its size, no metadata, well under the cap. */
const output = async (change: (image: sharp.Sharp) => sharp.Sharp = image => image) =>
  new Uint8Array(
    await change(sharp(await realJpeg()).resize(spec.width, spec.height, { fit: 'cover' }))
      .jpeg({ quality: 80 })
      .toBuffer(),
  );
const refused = async (jpeg: Uint8Array, meta: Meta = validMeta()) => {
  const result = await recheck(jpeg, meta);
  return result.ok ? 'accepted' : `${result.status} ${result.code}`;
};

describe('a deposit checked again on arrival', () => {
  test('the studio’s output, as it sends it, is accepted', async () => {
    expect(await refused(await output())).toBe('accepted');
  });

  test('a photo that is not the profile’s output size is refused', async () => {
    expect(await refused(new Uint8Array(await realJpeg()))).toBe('422 wrong_size');
  });

  test('a photo over the byte cap is refused', async () => {
    const noisy = await output(image =>
      image.composite([
        {
          input: Buffer.from(Array.from({ length: spec.width * spec.height * 3 }, () => Math.random() * 255)),
          raw: { width: spec.width, height: spec.height, channels: 3 },
        },
      ]),
    );
    const heavy = new Uint8Array(await sharp(noisy).jpeg({ quality: 100 }).toBuffer());
    expect(heavy.byteLength).toBeGreaterThan(spec.maxBytes);
    expect(await refused(heavy)).toBe('422 too_heavy');
  });

  test('EXIF (and so GPS) is refused', async () => {
    const withExif = await output(image => image.withExif({ IFD0: { Copyright: 'Trombine test' } }));
    expect(await refused(withExif)).toBe('422 metadata');
  });

  test('a grey photo is refused when the profile wants colour', async () => {
    expect(await refused(await output(image => image.toColourspace('b-w')))).toBe('422 not_colour');
  });

  test('a truncated JPEG and a PNG are not JPEGs', async () => {
    const whole = await output();
    expect(await refused(whole.slice(0, whole.length / 2))).toBe('415 not_jpeg');
    const png = new Uint8Array(await sharp(whole).png().toBuffer());
    expect(await refused(png)).toBe('415 not_jpeg');
  });

  test('what the client claims is checked: verdict, consent, certification, profile', async () => {
    const jpeg = await output();
    const meta = validMeta();
    expect(await refused(jpeg, { ...meta, checks: { ...meta.checks, verdict: 'blocked' } })).toBe(
      '422 blocked',
    );
    expect(await refused(jpeg, { ...meta, consent: { ...meta.consent, version: '1999-01' } })).toBe(
      '422 consent_version',
    );
    expect(await refused(jpeg, { ...meta, consent: { ...meta.consent, choices: ['sell'] } })).toBe(
      '422 consent_choice',
    );
    expect(await refused(jpeg, { ...meta, role: 'staff' })).toBe('422 not_certified');
    expect(await refused(jpeg, { ...meta, role: 'staff', certified: true })).toBe('accepted');
    expect(await refused(jpeg, { ...meta, profile: 'uca' })).toBe('422 unknown_profile');
  });
});
