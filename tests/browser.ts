import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromePath, chromiumFlags } from './chromium.mjs';

export { launchBrowser } from './chromium.mjs';

/** A fresh profile with an unpacked extension loaded; its id is the host of its service worker. */
export async function launchWithExtension(
  dir: string,
  language = 'fr',
  locale = language,
): Promise<{ context: BrowserContext; id: string }> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'trombine-ext-')), {
    executablePath: chromePath(),
    headless: true,
    // The extension's language follows LANGUAGE on Linux (--lang and Playwright's locale do not switch it).
    env: { ...process.env, LANGUAGE: language },
    locale,
    args: [...chromiumFlags, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, id: new URL(worker.url()).host };
}

/**
 * A copy of a built extension with ENT origins granted at install. Headless Chromium cannot answer the prompt that
 * `chrome.permissions.request` opens (no switch accepts it, and chrome://extensions grants only withheld hosts), so
 * this is the state a click on « Activer sur ent.uca.fr » leaves.
 */
export function withGrantedOrigins(dist: string, origins: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'trombine-ext-granted-'));
  cpSync(dist, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = origins;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}
