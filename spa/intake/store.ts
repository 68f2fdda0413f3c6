import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { photoStatuses, type Meta, type Receipt, type StatusAnswer } from '../../shared/upload';

/** What `<id>.json` holds beside the JPEG; a reviewer edits `status` (and `reason`) by hand. */
export type PhotoRecord = Omit<Receipt, 'status'> &
  Pick<StatusAnswer, 'status' | 'reason'> & { idempotencyKey: string; meta: Meta };
/** The first answer given to an Idempotency-Key, replayed as is (200 instead of 201) on a retry. */
export type IdempotencyRecord = { key: string; status: 201; body: Receipt };
export type Saved = { status: 200 | 201; body: Receipt };
export type IntakeStore = ReturnType<typeof createStore>;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A reader never sees half a file: data lands under a temporary name in the same folder, then is renamed. */
async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export function createStore(dir: string) {
  const keysDir = join(dir, 'idempotency');
  // Same-key requests racing each other share one save; an entry only lives while its save is under way.
  const inFlight = new Map<string, Promise<Saved>>();
  // The key is client-chosen text: its hash is a safe, fixed-length file name.
  const keyPath = (key: string) => join(keysDir, `${createHash('sha256').update(key).digest('hex')}.json`);

  async function saveOnce(key: string, jpeg: Uint8Array, meta: Meta): Promise<Saved> {
    const known = await readJson<IdempotencyRecord>(keyPath(key));
    if (known && (await readJson(join(dir, `${known.body.id}.json`))))
      return { status: 200, body: known.body };
    // The key is bound to its receipt before any photo is written: an intake that died half-way through a save
    // finishes it under the same id on the retry, so one key can never leave two photos.
    const receipt: Receipt = known?.body ?? {
      id: randomUUID(),
      status: 'pending_review',
      receivedAt: new Date().toISOString(),
    };
    if (!known) {
      await mkdir(keysDir, { recursive: true });
      await writeAtomic(keyPath(key), `${JSON.stringify({ key, status: 201, body: receipt })}\n`);
    }
    const record: PhotoRecord = { ...receipt, idempotencyKey: key, meta };
    // The JPEG first: a photo exists once its JSON does, so a reader never finds meta without its image.
    await writeAtomic(join(dir, `${receipt.id}.jpg`), jpeg);
    await writeAtomic(join(dir, `${receipt.id}.json`), `${JSON.stringify(record, null, 2)}\n`);
    return { status: 201, body: receipt };
  }

  return {
    dir,
    /** Stores the photo once per key: 201 the first time, 200 with the same receipt on every retry. */
    save(key: string, jpeg: Uint8Array, meta: Meta): Promise<Saved> {
      // Checked and set without an await in between, so two racing requests cannot both start a save.
      const pending = inFlight.get(key);
      if (pending) return pending.then(({ body }) => ({ status: 200, body }));
      const mine = saveOnce(key, jpeg, meta);
      inFlight.set(key, mine);
      const clear = () => void inFlight.delete(key);
      mine.then(clear, clear);
      return mine;
    },
    async status(id: string): Promise<StatusAnswer | undefined> {
      if (!uuid.test(id)) return undefined;
      const record = await readJson<PhotoRecord>(join(dir, `${id}.json`));
      if (!record) return undefined;
      // The file is edited by hand during review: never echo an unknown status to clients.
      const status = (photoStatuses as readonly string[]).includes(record.status)
        ? record.status
        : 'pending_review';
      return record.reason ? { id, status, reason: record.reason } : { id, status };
    },
  };
}
