import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startIntake } from './server';
import { as, errorOf, fixture, form, studioJpeg, testIntakeOptions, useIntake, validMeta } from './testing';

const intake = useIntake();
/** Deposits in the store, whatever their status. */
const stored = () => intake.inspect(async r => Object.values(await r.counts()).reduce((a, b) => a + b, 0));

describe('POST /api/photos refuses', () => {
  it('a PNG declared as image/jpeg (415): the bytes decide', async () => {
    const response = await intake.post(
      form({ photo: await fixture('formats/alpha.png'), type: 'image/jpeg' }),
    );
    expect(response.status).toBe(415);
    expect((await errorOf(response)).code).toBe('not_jpeg');
    expect(await stored()).toBe(0);
  });

  it('a 3 MB body (413), then answers the next request', async () => {
    const response = await intake.post(form({ photo: new Uint8Array(3 * 1024 * 1024).fill(0xff) }));
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe('too_large');
    expect((await intake.post(form({ photo: await studioJpeg() }))).status).toBe(201);
  });

  it('a chunked body that goes over the limit without declaring a length (413)', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(`${intake.url()}/api/photos`, {
        method: 'POST',
        headers: {
          ...as('cmartin'),
          'Content-Type': 'multipart/form-data; boundary=x',
          'Idempotency-Key': randomUUID(),
        },
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
    expect(await stored()).toBe(0);
  });

  it('a meta that is not JSON or misses a field (422), naming the field', async () => {
    const jpeg = await studioJpeg();
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
    expect(await stored()).toBe(0);
  });

  it('a bad form or a missing key (400)', async () => {
    const jpeg = await studioJpeg();
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
    expect(await stored()).toBe(0);
  });

  it('to start at all when its database cannot open, saying why', async () => {
    const file = join(intake.dir(), 'not-a-folder');
    await writeFile(file, '');
    await expect(startIntake(testIntakeOptions(file))).rejects.toThrow();
  });
});

describe('limits that keep the intake serving everyone', () => {
  /** A deposit whose body is sent a piece at a time, `gapMs` apart: a weak link, or a client holding a slot. */
  function trickle(url: string, login: string, gapMs: number) {
    return new Promise<{ status?: number; retryAfter?: string }>((resolve, reject) => {
      const req = request(`${url}/api/photos`, {
        method: 'POST',
        headers: {
          ...as(login),
          'Content-Type': 'multipart/form-data; boundary=x',
          'Idempotency-Key': randomUUID(),
        },
      });
      req.on('response', response =>
        resolve({ status: response.statusCode, retryAfter: response.headers['retry-after'] }),
      );
      req.on('error', reject);
      const timer = setInterval(() => (req.destroyed ? clearInterval(timer) : req.write('--x\r\n')), gapMs);
      req.on('close', () => clearInterval(timer));
    });
  }
  const slow = useIntake({
    change: {
      limits: {
        bodyTimeoutMs: 800,
        concurrentUploads: 1,
        depositsPerHour: 2,
        retentionDays: { superseded: 30, rejected: 90 },
      },
    },
  });

  it('cuts a body still coming after its time limit (408)', async () => {
    expect(await trickle(slow.url(), 'cmartin', 100)).toEqual({ status: 408, retryAfter: undefined });
  });

  it('answers 503 with Retry-After beyond the uploads it reads at once, then serves again', async () => {
    const holding = trickle(slow.url(), 'kbenali', 100);
    await new Promise(resolve => setTimeout(resolve, 200));
    const busy = await slow.post(form({ photo: await studioJpeg() }));
    expect([busy.status, busy.headers.get('retry-after'), (await errorOf(busy)).code]).toEqual([
      503,
      '5',
      'busy',
    ]);
    expect((await holding).status).toBe(408);
    expect((await slow.post(form({ photo: await studioJpeg() }))).status).toBe(201);
  });

  it('answers 429 with Retry-After past a person’s deposits per hour, and not to the next person', async () => {
    for (let i = 0; i < 2; i++)
      expect((await slow.post(form({ photo: await studioJpeg() }))).status).toBe(201);
    const limited = await slow.post(form({ photo: await studioJpeg() }));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(3500);
    expect((await slow.post(form({ photo: await studioJpeg() }), randomUUID(), 'kbenali')).status).toBe(201);
  });
});
