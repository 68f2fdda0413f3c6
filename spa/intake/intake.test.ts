import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Receipt } from '../../shared/upload';
import { errorOf, form, realJpeg, useIntake, validMeta } from './testing';

const intake = useIntake();

describe('POST /api/photos', () => {
  it('stores a real JPEG and its meta, atomically', async () => {
    const jpeg = await realJpeg();
    const meta = validMeta();
    const key = randomUUID();
    const response = await intake.post(form({ photo: jpeg, meta }), key);
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const receipt = (await response.json()) as Receipt;
    expect(receipt).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      status: 'pending_review',
      receivedAt: expect.any(String),
    });
    expect(Date.parse(receipt.receivedAt)).not.toBeNaN();

    expect(await intake.photosOnDisk()).toEqual([`${receipt.id}.jpg`, `${receipt.id}.json`]);
    expect(Buffer.compare(await readFile(join(intake.dir(), `${receipt.id}.jpg`)), jpeg)).toBe(0);
    const record: unknown = JSON.parse(await readFile(join(intake.dir(), `${receipt.id}.json`), 'utf8'));
    expect(record).toEqual({ ...receipt, idempotencyKey: key, meta });
    expect((await intake.filesOnDisk()).filter(name => name.endsWith('.tmp'))).toEqual([]);
  });

  it('replays the first answer for a repeated Idempotency-Key', async () => {
    const jpeg = await realJpeg();
    const key = randomUUID();
    const first = await intake.post(form({ photo: jpeg }), key);
    const second = await intake.post(form({ photo: jpeg }), key);
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(await second.text()).toBe(await first.text());
    expect(await intake.photosOnDisk()).toHaveLength(2);
  });

  it('makes one photo from two concurrent requests with one key', async () => {
    const jpeg = await realJpeg();
    const key = randomUUID();
    const answers = await Promise.all([1, 2].map(() => intake.post(form({ photo: jpeg }), key)));
    expect(answers.map(answer => answer.status).sort()).toEqual([200, 201]);
    const [a, b] = await Promise.all(answers.map(answer => answer.json()));
    expect(a).toEqual(b);
    expect(await intake.photosOnDisk()).toHaveLength(2);
  });

  it('still replays a known key after a restart on the same folder', async () => {
    const jpeg = await realJpeg();
    const key = randomUUID();
    const first = await intake.post(form({ photo: jpeg }), key);
    await intake.restart();
    const again = await intake.post(form({ photo: jpeg }), key);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    expect(await intake.photosOnDisk()).toHaveLength(2);
  });

  it('takes a meta sent as a JSON file part', async () => {
    const body = form({ photo: await realJpeg(), meta: undefined });
    body.append('meta', new Blob([JSON.stringify(validMeta())], { type: 'application/json' }), 'meta.json');
    expect((await intake.post(body)).status).toBe(201);
  });
  it('finishes, under the same id, a save that an intake died in the middle of', async () => {
    const key = randomUUID();
    const first = (await (await intake.post(form({ photo: await realJpeg() }), key)).json()) as Receipt;
    // What a crash between binding the key and writing the photo leaves behind: the key record alone.
    await rm(join(intake.dir(), `${first.id}.json`));
    await rm(join(intake.dir(), `${first.id}.jpg`));
    await intake.restart();
    const retry = await intake.post(form({ photo: await realJpeg() }), key);
    expect(retry.status).toBe(201);
    expect(await retry.json()).toEqual(first);
    expect(await intake.photosOnDisk()).toEqual([`${first.id}.jpg`, `${first.id}.json`]);
  });
});

describe('GET /api/photos/:id', () => {
  it('gives the status of a stored photo', async () => {
    const { id } = (await (await intake.post(form({ photo: await realJpeg() }))).json()) as Receipt;
    const response = await fetch(`${intake.url()}/api/photos/${id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ id, status: 'pending_review' });
  });

  it('answers 404 to an unknown id, a path traversal and an unknown URL', async () => {
    const paths = [`/api/photos/${randomUUID()}`, '/api/photos/..%2F..%2Fetc%2Fpasswd', '/api/elsewhere'];
    for (const path of paths) {
      const response = await fetch(`${intake.url()}${path}`);
      expect(response.status, path).toBe(404);
      expect((await errorOf(response)).code).toBe('not_found');
    }
  });
});
