import { inProduction, type CardState } from '../../shared/esup';
import { createSignal } from 'solid-js';
import type { Key } from '../../shared/i18n';
import type { Meta, StatusAnswer } from '../../shared/upload';
import { fetchStatus, sendPhoto } from './send';
import { store, type Waiting } from './store';
import type { Sending } from './types';

export type Deposit = { key: string; endpoint: string; photo: Blob; meta: Meta };

const [states, setStates] = createSignal<Record<string, Sending>>({});
const [waiting, setWaiting] = createSignal<Waiting[]>([]);
/** The deposits waiting in the outbox, for the outbox banner. */
export { waiting };

export const sendingOf = (key: string): Sending => states()[key] ?? { state: 'idle' };

/** Keys a SendPanel on screen already tells about: the outbox banner does not announce them twice. */
const watched = new Set<string>();
export function watch(key: string): () => void {
  watched.add(key);
  return () => watched.delete(key);
}
/** What became of the last waiting photo sent while nothing on screen was following it. */
export type OutboxNotice = { sent: true; id: string } | { sent: false; status: string | number };
const [outboxNotice, setOutboxNotice] = createSignal<OutboxNotice>();
export { outboxNotice };
const set = (key: string, sending: Sending): void => void setStates(all => ({ ...all, [key]: sending }));

export async function refreshWaiting(): Promise<void> {
  setWaiting(await store.waiting().catch(() => []));
}

/** What the device remembers of a deposit after a reload: received (with its status), waiting, or nothing. */
export async function restore(key: string): Promise<void> {
  if (sendingOf(key).state !== 'idle') return;
  const [received, waits] = await Promise.all([
    store.received(key).catch(() => undefined),
    store.waitingFor(key).catch(() => undefined),
  ]);
  // The person may have pressed "Envoyer" meanwhile: what happens now wins over what the device remembered.
  if (sendingOf(key).state !== 'idle') return;
  if (received) set(key, { state: 'sent', ...received });
  else if (waits) set(key, { state: 'queued', message: 'upload.queued.earlier' });
}

/** Writes the deposit into the outbox; false when the device refuses (storage full, private mode…). */
async function keep({ key, endpoint, meta, photo }: Deposit): Promise<boolean> {
  try {
    const item = { key, endpoint, meta, type: photo.type, photo: await photo.arrayBuffer() };
    await store.queue({ ...item, queuedAt: new Date().toISOString() });
    return true;
  } catch {
    return false;
  }
}

/** The deposit waits in the outbox (kept before the first attempt), and the person is told why. */
async function queued(key: string, kept: boolean, why: Key): Promise<void> {
  set(key, kept ? { state: 'queued', message: why } : { state: 'error', message: 'upload.error.storage' });
  // Asked when it matters: a browser may otherwise clear the queue under storage pressure.
  if (kept) void navigator.storage?.persist?.().catch(() => false);
  await refreshWaiting();
}

const inFlight = new Map<string, Promise<void>>();

/**
 * Sends one deposit now, or keeps it in the outbox when the network or the server fails. One attempt per key at a
 * time in this tab; the Idempotency-Key makes any other (another tab, a retry after a lost answer) the same photo.
 */
export function deposit(item: Deposit): Promise<void> {
  const running = inFlight.get(item.key);
  if (running) return running;
  const attempt = (async () => {
    // Kept before the first byte leaves: a tab closed mid-upload leaves the photo in the outbox, and the next start
    // sends it (the Idempotency-Key makes that the same deposit if the server had it already).
    const kept = await keep(item);
    if (!navigator.onLine) return queued(item.key, kept, 'upload.queued.offline');
    set(item.key, { state: 'sending' });
    const result = await sendPhoto(item.endpoint, item.photo, item.meta, item.key, {
      onProgress: progress => set(item.key, { state: 'sending', progress }),
    });
    if (!result.ok && result.retryable) return queued(item.key, kept, result.message);
    if (!result.ok) {
      // Refused for good: trying it again at every start would only be refused again.
      set(item.key, { state: 'error', message: result.message, params: result.params });
      await store.drop(item.key).catch(() => undefined);
      return refreshWaiting();
    }
    const received = { key: item.key, endpoint: item.endpoint, ...result.receipt };
    // Stored first: once « sent » shows, the wizard lets go of its JPEG, and the receipt must already be kept.
    await store.receive(received).catch(() => undefined);
    set(item.key, { state: 'sent', ...received });
    await refreshWaiting();
  })().finally(() => inFlight.delete(item.key));
  inFlight.set(item.key, attempt);
  return attempt;
}

/** Sends every waiting deposit, one after the other; one tab at a time where the browser has Web Locks. */
export async function flush(): Promise<void> {
  if (!navigator.onLine) return;
  const run = async () => {
    const oldestFirst = (await store.waiting().catch(() => [])).sort((a, b) =>
      a.queuedAt.localeCompare(b.queuedAt),
    );
    for (const { key, endpoint, meta, photo, type } of oldestFirst) {
      await deposit({ key, endpoint, meta, photo: new Blob([photo], { type }) });
      const after = sendingOf(key);
      if (watched.has(key)) continue;
      if (after.state === 'sent') setOutboxNotice({ sent: true, id: after.id });
      if (after.state === 'error') setOutboxNotice({ sent: false, status: after.params?.status ?? '' });
    }
  };
  // Another tab already sending them: no need to queue behind it (its key would make ours a replay anyway).
  await (navigator.locks
    ? navigator.locks.request('trombine-outbox', { ifAvailable: true }, lock => (lock ? run() : undefined))
    : run());
}

/**
 * Nothing more to wait for: rejected, or validated with no card being made (a card sent to esup-sgc is followed
 * until it is ready).
 */
export const settled = (answer: StatusAnswer) =>
  answer.status === 'rejected' ||
  answer.status === 'superseded' ||
  (answer.status === 'validated' && !inProduction.includes(answer.card as CardState));

/** Asks the server for the review's outcome (and the card's, once forwarded); true once it is final. */
export async function checkStatus(key: string, endpoint: string): Promise<boolean> {
  const sending = sendingOf(key);
  if (sending.state !== 'sent') return false;
  if (settled(sending)) return true;
  const answer = await fetchStatus(endpoint, sending.id);
  if (!answer) return false;
  const { status, reason, reasonCodes, card, forward } = answer;
  set(key, { ...sending, status, reason, reasonCodes, card, forward });
  await store.setStatus(key, { status, reason, reasonCodes, card, forward }).catch(() => undefined);
  return settled(answer);
}
