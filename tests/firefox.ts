import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { geckoId } from '../extension/firefox';

/** FIREFOX_PATH, else Debian's /usr/bin/firefox-esr; throws with the way to install it. */
export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (!existsSync(path))
    throw new Error(`Firefox not found at ${path}: apt-get install firefox-esr, or set FIREFOX_PATH`);
  return path;
}

/** Fixed so the test knows the extension's origin: Firefox draws a random one at install unless this pref names it. */
const uuid = '3b1f6c2e-8d4a-4f7b-9c1e-5a2d7e0f4b18';

/**
 * Firefox ESR headless over WebDriver BiDi, with the extension installed as a temporary add-on (as about:debugging
 * does) in a fresh profile that puppeteer deletes on close.
 */
export async function launchFirefoxWithExtension(
  dir: string,
): Promise<{ browser: Browser; origin: string; id: string }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Without it, WebDriver BiDi navigates tabs to http(s), file, blob and about:blank only, not to moz-extension://.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) },
  });
  try {
    const id = await browser.installExtension(dir);
    return { browser, origin: `moz-extension://${uuid}`, id };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * A new tab on one of the extension's pages, once `selector` is in it. Firefox's WebDriver BiDi reports no event from
 * extension documents (Mozilla bug 1755014), so puppeteer's goto would wait for a load it never hears of: the tab is
 * sent there, its document polled (evaluating in the tab does reach the page), and the wait for the event dropped.
 */
export async function openExtensionPage(
  browser: Browser,
  url: string,
  selector: string,
  ms = 30_000,
): Promise<Page> {
  const page = await browser.newPage();
  const stop = new AbortController();
  let refused: unknown;
  const navigation = page.goto(url, { signal: stop.signal, timeout: 0 }).catch((error: unknown) => {
    if (!stop.signal.aborted) refused = error;
  });
  try {
    for (const end = Date.now() + ms; ; await new Promise(resolve => setTimeout(resolve, 100))) {
      if (refused) throw refused;
      if (await page.evaluate(s => document.querySelector(s) !== null, selector).catch(() => false))
        return page;
      if (Date.now() > end) throw new Error(`${selector} did not show in ${url} within ${ms / 1000} s`);
    }
  } finally {
    stop.abort();
    await navigation;
  }
}
