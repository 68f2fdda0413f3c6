import sharp from 'sharp';
import { afterEach, beforeEach } from 'vitest';
import { studioJpeg } from '../testing';
import { startEsupEmulator, type EsupEmulator, type EsupEmulatorOptions } from './emulator';
import type { EsupUser } from './emulator-store';

/** Helpers for the emulator's tests: a fresh emulator on port 0 per test, and esup-sgc's card request form. */

export const jpeg = studioJpeg;
export const png = async () =>
  new Uint8Array(
    await sharp(await studioJpeg())
      .png()
      .toBuffer(),
  );

/** The real form's fields, changed or left out (`undefined`) as a test says; the photo part only when given. */
export function cardForm(change: Record<string, string | undefined> = {}, photo?: Uint8Array): FormData {
  const fields: Record<string, string | undefined> = {
    eppn: 'jean.dupont@univ.fr',
    difPhotoTransient: 'true',
    crousTransient: 'false',
    europeanTransient: 'true',
    ...change,
  };
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) form.append(name, value);
  if (photo)
    form.append('PhotoFile.file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'photo.jpg');
  return form;
}

export function useEsupEmulator(options: EsupEmulatorOptions = {}) {
  let esup: EsupEmulator | undefined;
  beforeEach(async () => {
    esup = await startEsupEmulator(options);
  });
  afterEach(() => esup?.close());
  const emulator = () => esup!;
  return {
    emulator,
    post: (form: FormData) =>
      fetch(`${emulator().url}/wsrest/api`, {
        method: 'POST',
        body: form,
        headers: { 'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) Trombine-test' },
      }),
    get: async (...eppns: string[]) => {
      const query = eppns.map(eppn => `eppn=${encodeURIComponent(eppn)}`).join('&');
      const response = await fetch(`${emulator().url}/wsrest/api/get?${query}`);
      return { status: response.status, users: (await response.json()) as EsupUser[] };
    },
    control: (path: string, body?: unknown) =>
      fetch(`${emulator().url}/emulator/${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
  };
}
