import { beforeEach, describe, expect, it } from 'vitest';
import { contentScriptOf, enginePageTab, type Self } from './engine-access';
import { tokenLifeMs, tokenStore, type TokenArea } from './engine-tokens';

/** chrome.storage.session as far as the store uses it, in a Map. */
function memoryArea() {
  const items = new Map<string, unknown>();
  const area = {
    get: async (key: string | null) =>
      key === null ? Object.fromEntries(items) : items.has(key) ? { [key]: items.get(key) } : {},
    set: async (values: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(values)) items.set(key, value);
    },
    remove: async (keys: string | string[]) => {
      for (const key of [keys].flat()) items.delete(key);
    },
  };
  return { items, area: area as unknown as TokenArea };
}

const holder = { tabId: 7, origin: 'https://ent.uca.fr' };

describe('the engine token store', () => {
  let clock: number;
  let memory: ReturnType<typeof memoryArea>;
  let store: ReturnType<typeof tokenStore>;
  beforeEach(() => {
    clock = 1_000_000;
    memory = memoryArea();
    store = tokenStore(memory.area, () => clock);
  });

  it('issues 32 random bytes, a new token each time', async () => {
    const [a, b] = [await store.issue(holder), await store.issue(holder)];
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).not.toBe(a);
  });

  it('redeems a token once, then never again', async () => {
    const token = await store.issue(holder);
    expect(await store.redeem(token, holder)).toBe(true);
    expect(await store.redeem(token, holder)).toBe(false);
    expect(memory.items.size).toBe(0);
  });

  it('redeems it once even when asked twice at the same time', async () => {
    const token = await store.issue(holder);
    const answers = await Promise.all([store.redeem(token, holder), store.redeem(token, holder)]);
    expect(answers.sort()).toEqual([false, true]);
  });

  it('refuses a token past its life, and forgets it', async () => {
    const token = await store.issue(holder);
    clock += tokenLifeMs;
    expect(await store.redeem(token, holder)).toBe(false);
    expect(memory.items.size).toBe(0);
  });

  it('refuses a token from another tab or origin, and spends it all the same', async () => {
    const token = await store.issue(holder);
    expect(await store.redeem(token, { ...holder, tabId: 8 })).toBe(false);
    expect(await store.redeem(token, holder)).toBe(false);
    const other = await store.issue(holder);
    expect(await store.redeem(other, { ...holder, origin: 'https://evil.example' })).toBe(false);
    expect(await store.redeem(other, holder)).toBe(false);
  });

  it('refuses a token it never issued', async () => {
    expect(await store.redeem('0'.repeat(64), holder)).toBe(false);
  });

  it('forgets expired tokens when it issues a new one, and keeps the rest of the storage', async () => {
    memory.items.set('unrelated', 1);
    await store.issue(holder);
    clock += tokenLifeMs - 1;
    const live = await store.issue(holder);
    clock += 2;
    await store.issue(holder);
    expect(memory.items.size).toBe(3); // the unrelated item, the live token and the new one
    expect(await store.redeem(live, holder)).toBe(true);
  });
});

const self: Self = { id: 'ext', enginePage: 'chrome-extension://ext/engine/index.html' };
const tab = { id: 7 } as chrome.tabs.Tab;

describe('who may ask for a token', () => {
  const script = {
    id: 'ext',
    tab,
    frameId: 0,
    url: 'https://ent.uca.fr/compte/photo',
    origin: 'https://ent.uca.fr',
  };

  it('is our content script in the top frame of a tab, on a web page', () => {
    expect(contentScriptOf(script, self)).toEqual({ tabId: 7, origin: 'https://ent.uca.fr' });
    // Firefox names no origin: the page's URL gives it.
    expect(contentScriptOf({ ...script, origin: undefined }, self)).toEqual({
      tabId: 7,
      origin: 'https://ent.uca.fr',
    });
  });

  it.each([
    ['another extension', { ...script, id: 'other' }],
    ['a frame', { ...script, frameId: 3 }],
    ['no tab', { ...script, tab: undefined }],
    ['an extension page in a tab', { ...script, url: self.enginePage, origin: 'chrome-extension://ext' }],
    ['an opaque origin', { ...script, origin: 'null' }],
  ])('is not %s', (_, sender) => {
    expect(contentScriptOf(sender, self)).toBeUndefined();
  });
});

describe('who may redeem a token', () => {
  const page = { id: 'ext', tab, frameId: 4, url: self.enginePage, origin: 'chrome-extension://ext' };

  it('is our engine page, framed in a tab', () => {
    expect(enginePageTab(page, self)).toBe(7);
    expect(enginePageTab({ ...page, url: `${self.enginePage}#x`, origin: undefined }, self)).toBe(7);
  });

  it.each([
    ['another extension', { ...page, id: 'other' }],
    ['our content script', { ...page, url: 'https://ent.uca.fr/compte/photo', origin: 'https://ent.uca.fr' }],
    ['a content script on a page at the same path', { ...page, url: 'https://ent.uca.fr/engine/index.html' }],
    ['another page of ours', { ...page, url: 'chrome-extension://ext/options/index.html' }],
    ['the page under another origin', { ...page, origin: 'https://ent.uca.fr' }],
    ['no tab', { ...page, tab: undefined }],
  ])('is not %s', (_, sender) => {
    expect(enginePageTab(sender, self)).toBeUndefined();
  });
});
