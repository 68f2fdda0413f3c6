import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, startStudio, watchedPage } from './studio';
import { atStep, confirmChecks, fixture, photos } from './wizard';

let studio: Awaited<ReturnType<typeof startStudio>>;
beforeAll(async () => {
  studio = await startStudio();
});
afterAll(() => studio?.close());

/** A phone's EXIF, GPS position included, as an APP1 segment: the words the test looks for are in it. */
const marker = 'GPSLatitude 43.7696 TROMBINE-TEST';
function withExif(jpeg: Buffer): Buffer {
  const body = Buffer.concat([
    Buffer.from('Exif\0\0MM\0*\0\0\0\x08\0\0\0\0\0\0', 'latin1'),
    Buffer.from(marker, 'latin1'),
  ]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length + 2);
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xe1]), length, body, jpeg.subarray(2)]);
}

/** Everything the studio's origin keeps in IndexedDB, each value's bytes searched for the original and its EXIF. */
const inspect = (page: Page, originalBytes: number) =>
  page.evaluate(
    async ({ marker, originalBytes }) => {
      const found = {
        records: {} as Record<string, number>,
        exif: false,
        marker: false,
        original: false,
        /** JPEGs kept by the wizard (trombine-studio), the photo made included. */
        studioJpegs: 0,
      };
      const values: unknown[] = [];
      for (const { name } of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(name!);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        for (const store of Array.from(db.objectStoreNames)) {
          const all = await new Promise<unknown[]>(resolve => {
            const request = db.transaction(store).objectStore(store).getAll();
            request.onsuccess = () => resolve(request.result);
          });
          found.records[`${name}/${store}`] = all.length;
          values.push(...all.map(value => ({ value, studio: name === 'trombine-studio' })));
        }
        db.close();
      }
      const text = (bytes: ArrayBuffer) => new TextDecoder('latin1').decode(bytes);
      const visit = async (value: unknown, studio: boolean): Promise<void> => {
        if (value instanceof Blob) {
          found.original ||= value.size === originalBytes;
          return visit(await value.arrayBuffer(), studio);
        }
        if (value instanceof ArrayBuffer) {
          found.original ||= value.byteLength === originalBytes;
          const start = new Uint8Array(value, 0, Math.min(2, value.byteLength));
          if (studio && start[0] === 0xff && start[1] === 0xd8) found.studioJpegs++;
          found.exif ||= text(value).includes('Exif\0\0');
          found.marker ||= text(value).includes(marker);
          return;
        }
        if (typeof value === 'string') found.marker ||= value.includes(marker);
        if (value && typeof value === 'object')
          for (const inner of Object.values(value)) await visit(inner, studio);
      };
      for (const { value, studio } of values as { value: unknown; studio: boolean }[])
        await visit(value, studio);
      return found;
    },
    { marker, originalBytes },
  );

describe('what the studio keeps on the device', () => {
  test('no original nor EXIF once the person moves on to sending, no JPEG once received, few receipts; « Effacer » empties the rest', async () => {
    const original = withExif(readFileSync(fixture(photos.ok.file)));
    const path = join(mkdtempSync(join(tmpdir(), 'trombine-exif-')), 'phone.jpg');
    writeFileSync(path, original);
    const context = await studio.newContext({ locale: 'fr-FR' });
    const { page, errors } = await watchedPage(context, new URL('/photo', studio.base).href);
    await page.getByLabel('Usage interne').check();
    await page.getByRole('button', { name: 'Enregistrer mon choix' }).click();
    await atStep(page, 2);
    await page.setInputFiles('#photo-file', path);
    await atStep(page, 3);
    // While it is being framed, the original is kept (a reload resumes with it).
    await expect.poll(async () => (await inspect(page, original.length)).marker).toBe(true);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await confirmChecks(page, photos.ok);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await atStep(page, 5);
    await expect.poll(async () => (await inspect(page, original.length)).original).toBe(false);
    const atSend = await inspect(page, original.length);
    expect([atSend.exif, atSend.marker]).toEqual([false, false]);

    // A reload on the send step shows the same JPEG, from what was kept.
    await page.reload();
    await atStep(page, 5);
    expect((await inspect(page, original.length)).studioJpegs).toBe(1);
    // Receipts of earlier deposits on this device: only the newest are kept.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>(resolve => {
        const open = indexedDB.open('trombine-sending');
        open.onsuccess = () => resolve(open.result);
      });
      const tx = db.transaction('received', 'readwrite');
      for (let day = 1; day <= 6; day++)
        tx.objectStore('received').put({
          key: `earlier-${day}`,
          endpoint: '/api/photos',
          id: `p${day}`,
          status: 'validated',
          at: `2026-01-0${day}T10:00:00.000Z`,
        });
      await new Promise(resolve => (tx.oncomplete = resolve));
      db.close();
    });
    await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await page.getByText(/^Photo reçue \(n° /).waitFor();
    // The server has it: the JPEG goes too, the deposit's key and receipt stay.
    await expect.poll(async () => (await inspect(page, original.length)).studioJpegs).toBe(0);
    const sent = await inspect(page, original.length);
    expect([sent.original, sent.exif, sent.marker]).toEqual([false, false, false]);
    expect(sent.records['trombine-sending/received']).toBe(5);
    const kept = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>(resolve => {
        const open = indexedDB.open('trombine-sending');
        open.onsuccess = () => resolve(open.result);
      });
      const keys = await new Promise<IDBValidKey[]>(resolve => {
        const request = db.transaction('received').objectStore('received').getAllKeys();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return keys
        .map(String)
        .filter(key => key.startsWith('earlier-'))
        .sort();
    });
    expect(kept).toEqual(['earlier-3', 'earlier-4', 'earlier-5', 'earlier-6']);
    // A reload on the follow-up step still follows the deposit, from its receipt.
    await page.reload();
    await page.getByText(/^Photo reçue \(n° /).waitFor();

    expect(await axeViolations(page)).toEqual([]);
    page.once('dialog', dialog => void dialog.accept());
    await page.getByRole('button', { name: 'Effacer mes données de cet appareil' }).click();
    await page.waitForURL(/\/\?efface=0$/);
    await expect
      .poll(() => page.locator('.erase > [role="status"]').textContent())
      .toBe('Les données de Trombine sur cet appareil sont effacées. ');
    const erased = await inspect(page, original.length);
    expect(erased.records).toMatchObject({
      'trombine-studio/wizard': 0,
      'trombine-studio/consent': 0,
      'trombine-sending/received': 0,
      'trombine-sending/outbox': 0,
    });
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter(k => k.startsWith('trombine.'))),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
