import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { startIntake } from './server';
import { errorOf, fixture, form, realJpeg, useIntake, validMeta } from './testing';

const intake = useIntake();

describe('POST /api/photos refuses', () => {
  it('a PNG declared as image/jpeg (415): the bytes decide', async () => {
    const response = await intake.post(
      form({ photo: await fixture('formats/alpha.png'), type: 'image/jpeg' }),
    );
    expect(response.status).toBe(415);
    expect((await errorOf(response)).code).toBe('not_jpeg');
    expect(await intake.filesOnDisk()).toEqual([]);
  });

  it('a 3 MB body (413), then answers the next request', async () => {
    const response = await intake.post(form({ photo: new Uint8Array(3 * 1024 * 1024).fill(0xff) }));
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe('too_large');
    expect((await intake.post(form({ photo: await realJpeg() }))).status).toBe(201);
  });

  it('a chunked body that goes over the limit without declaring a length (413)', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(`${intake.url()}/api/photos`, {
        method: 'POST',
        headers: { 'Content-Type': 'multipart/form-data; boundary=x', 'Idempotency-Key': randomUUID() },
      });
      req.on('response', response => resolve(response.statusCode)).on('error', reject);
      const chunk = Buffer.alloc(64 * 1024, 0xff);
      let sent = 0;
      // Keep sending well past the limit: the answer must come while the body is still flowing.
      const pump = () => {
        while (sent < 8 * 1024 * 1024 && !req.destroyed) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
      };
      pump();
    });
    expect(status).toBe(413);
    expect(await intake.filesOnDisk()).toEqual([]);
  });

  it('a meta that is not JSON or misses a field (422), naming the field', async () => {
    const jpeg = await realJpeg();
    const notJson = await intake.post(form({ photo: jpeg, meta: '{profile:' }));
    expect(notJson.status).toBe(422);
    expect((await errorOf(notJson)).code).toBe('meta_not_json');

    const { role: _, ...noRole } = validMeta();
    const missing = await errorOf(await intake.post(form({ photo: jpeg, meta: noRole })));
    expect(missing).toEqual({ code: 'invalid_meta', message: expect.stringContaining('meta.role') });

    const badDate = { ...validMeta(), consent: { version: '1', choices: [], at: 'yesterday' } };
    const nested = await intake.post(form({ photo: jpeg, meta: badDate }));
    expect(nested.status).toBe(422);
    expect((await errorOf(nested)).message).toContain('meta.consent.at');
    expect(await intake.filesOnDisk()).toEqual([]);
  });

  it('a bad form or a missing key (400)', async () => {
    const jpeg = await realJpeg();
    const cases: [Response, string][] = [
      [await intake.post(form({})), 'missing_photo'],
      [await intake.post(form({ photo: jpeg, meta: undefined })), 'missing_meta'],
      [await intake.post(form({ photo: jpeg }), null), 'missing_idempotency_key'],
      [await intake.post(form({ photo: jpeg }), 'k'.repeat(201)), 'bad_idempotency_key'],
      [await intake.post(JSON.stringify(validMeta())), 'not_multipart'],
    ];
    for (const [response, code] of cases) {
      expect(response.status, code).toBe(400);
      expect(await errorOf(response)).toEqual({ code, message: expect.any(String) });
    }
    expect(await intake.filesOnDisk()).toEqual([]);
  });

  it('with a 500 in JSON, and keeps serving, when the store cannot write', async () => {
    const file = join(intake.dir(), 'not-a-folder');
    await writeFile(file, '');
    const broken = await startIntake({ dir: file });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const jpeg = await realJpeg();
      for (let attempt = 0; attempt < 2; attempt++) {
        const response = await intake.post(form({ photo: jpeg }), 'same key', broken.url);
        expect(response.status).toBe(500);
        expect((await errorOf(response)).code).toBe('internal');
      }
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
      await broken.close();
    }
  });
});
