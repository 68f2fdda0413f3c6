import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFaults, parseFaults } from './faults';
import { startIntake, type IntakeServer } from './server';
import { openRepository } from './db/repository';
import { as, form, studioJpeg, testIntakeOptions } from './testing';

describe('INTAKE_FAULTS', () => {
  it('reads a spec, with repeats', () => {
    expect(parseFaults('500x2, 429:3,delay:40,cut,drop')).toEqual([
      { kind: 'status', status: 500, retryAfter: undefined },
      { kind: 'status', status: 500, retryAfter: undefined },
      { kind: 'status', status: 429, retryAfter: 3 },
      { kind: 'delay', ms: 40 },
      { kind: 'cut' },
      { kind: 'drop' },
    ]);
    expect(parseFaults('')).toEqual([]);
    expect(() => parseFaults('200')).toThrow(/« 200 » is not a fault/);
  });
});

describe('an intake playing faults', () => {
  const faults = createFaults();
  let dir = '';
  let intake: IntakeServer;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'intake-faults-'));
    intake = await startIntake(testIntakeOptions(dir, { faults }));
  });
  afterEach(async () => {
    faults.clear();
    await intake.close();
    await rm(dir, { recursive: true, force: true });
  });
  const post = async (key = randomUUID()) =>
    fetch(`${intake.url}/api/photos`, {
      method: 'POST',
      body: form({ photo: await studioJpeg() }),
      headers: { ...as('cmartin'), 'Idempotency-Key': key },
    });
  /** Deposits stored, whatever their status (a new one supersedes the last). */
  const photos = async () => {
    const repository = await openRepository({ dir });
    const counts = await repository.counts();
    await repository.close();
    return Array.from({ length: Object.values(counts).reduce((a, b) => a + b, 0) });
  };

  it('answers the statuses it is told, then works', async () => {
    faults.add('503x2,429:7');
    expect((await post()).status).toBe(503);
    expect((await post()).status).toBe(503);
    const limited = await post();
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7']);
    expect((await post()).status).toBe(201);
    expect(await photos()).toHaveLength(1);
  });

  it('waits before answering', async () => {
    faults.add('delay:300');
    const start = performance.now();
    expect((await post()).status).toBe(201);
    expect(performance.now() - start).toBeGreaterThanOrEqual(290);
  });

  it('cuts the connection mid-body, storing nothing', async () => {
    faults.add('cut');
    await expect(post()).rejects.toThrow();
    expect(await photos()).toEqual([]);
  });

  it('drops the answer of a stored photo: the retry with the same key gets the first receipt', async () => {
    faults.add('drop');
    const key = randomUUID();
    await expect(post(key)).rejects.toThrow();
    expect(await photos()).toHaveLength(1);
    const again = await post(key);
    expect(again.status).toBe(200);
    expect(await photos()).toHaveLength(1);
  });
});
