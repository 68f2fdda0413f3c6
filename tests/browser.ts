import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type LaunchOptions } from 'playwright-core';

/** Debian's Chromium, or CHROME_PATH: npm cannot download a browser on these machines. */
export function chromePath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(`Chromium not found at ${path}: apt-get install chromium, or set CHROME_PATH`);
  return path;
}

/** Without these, Chromium floods the closed network with connections at every start. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launchBrowser = (options: LaunchOptions = {}) =>
  chromium.launch({
    executablePath: chromePath(),
    headless: true,
    ...options,
    args: [...chromiumFlags, ...(options.args ?? [])],
  });

/** A fresh profile with an unpacked extension loaded; its id is the host of its service worker. */
export async function launchWithExtension(
  dir: string,
  language = 'fr',
): Promise<{ context: BrowserContext; id: string }> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'trombine-ext-')), {
    executablePath: chromePath(),
    headless: true,
    // The extension's language follows LANGUAGE on Linux (--lang and Playwright's locale do not switch it).
    env: { ...process.env, LANGUAGE: language },
    locale: language,
    args: [...chromiumFlags, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, id: new URL(worker.url()).host };
}
