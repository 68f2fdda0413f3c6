import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromePath, chromiumFlags } from './chromium.mjs';

export { launchBrowser } from './chromium.mjs';

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
