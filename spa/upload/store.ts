import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Meta, StatusAnswer } from '../../shared/upload';

/**
 * A deposit waiting for the network. The JPEG is an ArrayBuffer, not a Blob: Safari refuses Blobs in IndexedDB in
 * private browsing, and at a few tens of kilobytes the copy costs nothing.
 */
export type Waiting = {
  key: string;
  endpoint: string;
  photo: ArrayBuffer;
  type: string;
  meta: Meta;
  queuedAt: string;
};
/** A deposit the server took: what is needed to follow its review, after a reload too. */
export type Received = Omit<StatusAnswer, 'reasonCodes'> & {
  key: string;
  endpoint: string;
  /** Why the schooling office refused it, from its fixed list (shared/review.ts): said in words. */
  reasonCodes?: string[];
};

/**
 * How many receipts a device keeps: a person follows their last deposits, not a history (on a shared computer, the
 * next person would read it). The oldest go first.
 */
export const keptReceipts = 5;

interface SendingDb extends DBSchema {
  outbox: { key: string; value: Waiting };
  received: { key: string; value: Received & { at?: string } };
}

let opened: Promise<IDBPDatabase<SendingDb>> | undefined;
const db = () =>
  (opened ??= openDB<SendingDb>('trombine-sending', 1, {
    upgrade(db) {
      db.createObjectStore('outbox', { keyPath: 'key' });
      db.createObjectStore('received', { keyPath: 'key' });
    },
  }));

/** Both stores are keyed by the deposit's Idempotency-Key. */
export const store = {
  waiting: async () => (await db()).getAll('outbox'),
  waitingFor: async (key: string) => (await db()).get('outbox', key),
  received: async (key: string) => (await db()).get('received', key),
  async queue(item: Waiting): Promise<void> {
    const tx = (await db()).transaction('outbox', 'readwrite');
    // A deposit queued again keeps its first date: that is how long the person has been waiting.
    const known = await tx.store.get(item.key);
    await tx.store.put(known ? { ...item, queuedAt: known.queuedAt } : item);
    await tx.done;
  },
  /**
   * Out of the queue and into the receipts in one transaction: a crash in between cannot resend it. Receipts beyond
   * `keptReceipts` go, the oldest first (`at` orders them; receipts of older versions have none and go first).
   */
  async receive(item: Received): Promise<void> {
    const tx = (await db()).transaction(['outbox', 'received'], 'readwrite');
    const receipts = tx.objectStore('received');
    await tx.objectStore('outbox').delete(item.key);
    await receipts.put({ ...item, at: new Date().toISOString() });
    const all = (await receipts.getAll()).sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
    await Promise.all(all.slice(0, -keptReceipts).map(old => receipts.delete(old.key)));
    await tx.done;
  },
  drop: async (key: string) => (await db()).delete('outbox', key),
  /**
   * The person erases what this device keeps: every receipt, and the outbox if it is empty. A photo still waiting
   * stays (erasing it would lose a deposit the person asked for); says how many.
   */
  async erase(): Promise<{ waiting: number }> {
    const tx = (await db()).transaction(['outbox', 'received'], 'readwrite');
    const waiting = await tx.objectStore('outbox').count();
    await Promise.all([tx.objectStore('received').clear(), tx.done]);
    return { waiting };
  },
  async setStatus(key: string, change: Omit<StatusAnswer, 'id'>): Promise<void> {
    const tx = (await db()).transaction('received', 'readwrite');
    const known = await tx.store.get(key);
    if (known) await tx.store.put({ ...known, ...change });
    await tx.done;
  },
};
