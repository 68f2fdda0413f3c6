/** Where tokens are kept: chrome.storage.session in the extension (a restarted service worker still has them). */
export type TokenArea = Pick<chrome.storage.StorageArea, 'get' | 'set' | 'remove'>;
/** What a token opens: one engine frame, in the tab and for the page origin that asked for it. */
export type TokenHolder = { tabId: number; origin: string };
type Grant = TokenHolder & { expires: number };

const prefix = 'engine-token:';
/** Long enough for the frame to load on a slow machine (the content script waits 10 s), short for a leaked one. */
export const tokenLifeMs = 60_000;

const hex = (bytes: Uint8Array) => Array.from(bytes, byte => byte.toString(16).padStart(2, '0')).join('');
const isGrant = (value: unknown): value is Grant =>
  typeof (value as Grant | undefined)?.expires === 'number' &&
  typeof (value as Grant).tabId === 'number' &&
  typeof (value as Grant).origin === 'string';

/**
 * One-time tokens for the engine frame (background/engine-access.ts hands them out and redeems them): random, kept
 * with their holder and expiry, deleted at their first use, good or not. One operation at a time, so two redeems of
 * one token cannot both read it before either deletes it.
 */
export function tokenStore(area: TokenArea, now: () => number = Date.now) {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  /** Forgets expired tokens, so a tab that asks again and again does not fill the storage. */
  async function prune() {
    const stored = await area.get(null);
    const expired = Object.entries(stored)
      .filter(([key, grant]) => key.startsWith(prefix) && !(isGrant(grant) && grant.expires > now()))
      .map(([key]) => key);
    if (expired.length > 0) await area.remove(expired);
  }

  return {
    issue: (holder: TokenHolder): Promise<string> =>
      serial(async () => {
        await prune();
        const token = hex(crypto.getRandomValues(new Uint8Array(32)));
        const grant: Grant = { ...holder, expires: now() + tokenLifeMs };
        await area.set({ [prefix + token]: grant });
        return token;
      }),
    /** True once for a live token of this holder; a token tried by anyone else is spent all the same. */
    redeem: (token: string, holder: TokenHolder): Promise<boolean> =>
      serial(async () => {
        const key = prefix + token;
        const grant: unknown = (await area.get(key))[key];
        if (grant === undefined) return false;
        await area.remove(key);
        return (
          isGrant(grant) &&
          grant.expires > now() &&
          grant.tabId === holder.tabId &&
          grant.origin === holder.origin
        );
      }),
  };
}
