import { framePath, parseRedeem, tokenRequest, type Redeem } from '../engine/protocol';
import { entPattern } from '../profile';
import { tokenStore, type TokenHolder } from './engine-tokens';

type Sender = chrome.runtime.MessageSender;
/**
 * The extension as the background knows it: its id, and its engine page's real URL. Not chrome.runtime.getURL of
 * the page, which gives the per-session URL of a use_dynamic_url resource: the page, once loaded, has the static one.
 */
export type Self = { id: string; enginePage: string };

/** Scheme and host: URL's `origin` is "null" for chrome-extension: and moz-extension: outside the browser. */
const hostOf = (url: URL) => `${url.protocol}//${url.host}`;
const webOrigin = (origin: string) =>
  URL.canParse(origin) && ['https:', 'http:'].includes(new URL(origin).protocol) ? origin : undefined;

/**
 * Who may get a token: our own content script, in the top frame of a tab on a web page (the origin's grant is
 * checked apart, it is asynchronous). An extension page in a tab (the options) or a frame gets none.
 */
export function contentScriptOf(sender: Sender, self: Self): TokenHolder | undefined {
  const tabId = sender.tab?.id;
  if (sender.id !== self.id || tabId === undefined || sender.frameId !== 0 || !sender.url) return undefined;
  if (!URL.canParse(sender.url)) return undefined;
  // Firefox gives no sender.origin: the page's URL says it.
  const origin = webOrigin(sender.origin ?? new URL(sender.url).origin);
  return origin ? { tabId, origin } : undefined;
}

/** The tab of our own engine page, framed in it: the only sender that may redeem a token. */
export function enginePageTab(sender: Sender, self: Self): number | undefined {
  const tabId = sender.tab?.id;
  if (sender.id !== self.id || tabId === undefined || !sender.url || !URL.canParse(sender.url))
    return undefined;
  const [url, page] = [new URL(sender.url), new URL(self.enginePage)];
  const isPage = hostOf(url) === hostOf(page) && url.pathname === page.pathname;
  // A content script's sender.origin is its page's: only the extension's own page has the extension's.
  return isPage && (sender.origin === undefined || sender.origin === hostOf(page)) ? tabId : undefined;
}

const granted = (origin: string) =>
  chrome.permissions.contains({ origins: [entPattern({ entOrigin: origin })] });

/**
 * The engine frame's doorkeeper: the content script asks here for a one-time token (engine/protocol.ts), hands it to
 * the frame it adds, and the frame redeems it here before it serves anyone. A script of the ENT page can frame the
 * engine page and post to it, but cannot ask the background for a token.
 */
export function listenToEngineTokens(): void {
  const store = tokenStore(chrome.storage.session);
  const self: Self = {
    id: chrome.runtime.id,
    enginePage: new URL(framePath, chrome.runtime.getURL('/')).href,
  };

  async function issue(sender: Sender): Promise<string | null> {
    const holder = contentScriptOf(sender, self);
    return holder && (await granted(holder.origin)) ? store.issue(holder) : null;
  }
  async function redeem({ token, origin }: Redeem, sender: Sender): Promise<boolean> {
    const tabId = enginePageTab(sender, self);
    if (tabId === undefined || !webOrigin(origin)) return false;
    const good = await store.redeem(token, { tabId, origin });
    return good && (await granted(origin)); // a grant withdrawn since the token was issued
  }

  chrome.runtime.onMessage.addListener((message, sender, answer) => {
    const redeeming = parseRedeem(message);
    if (message !== tokenRequest && !redeeming) return false;
    const answered = redeeming ? redeem(redeeming, sender) : issue(sender);
    void answered.then(answer, () => answer(redeeming ? false : null));
    return true; // the answer comes asynchronously
  });
}
