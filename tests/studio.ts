import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { launchBrowser } from './browser';

/** The built studio as `npm start` serves it (vite preview + the real intake), on a free port and a fresh folder. */
export async function startStudio(): Promise<{
  base: string;
  intake: string;
  browser: Browser;
  /** Photos the intake received: id → its record. */
  received(): { id: string; record: { meta: Record<string, unknown> } & Record<string, unknown> }[];
  close(): Promise<void>;
}> {
  const intake = (process.env.INTAKE_DIR = mkdtempSync(join(tmpdir(), 'trombine-intake-')));
  const server: PreviewServer = await preview({
    configLoader: 'runner',
    logLevel: 'warn',
    preview: { port: 0, strictPort: false },
  });
  const browser = await launchBrowser();
  return {
    base: server.resolvedUrls!.local[0]!,
    intake,
    browser,
    received: () =>
      photosAt(intake).map(name => ({
        id: name.slice(0, -4),
        record: JSON.parse(readFileSync(join(intake, name.replace(/jpg$/, 'json')), 'utf8')),
      })),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** A page that records every console error (CSP violations included) and uncaught exception. */
export async function watchedPage(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', message => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', error => errors.push(error.message));
  await page.goto(url);
  return { page, errors };
}

export const axeViolations = async (page: Page) =>
  (
    await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  ).violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);

/** Tab (forwards) until the focused element's accessible text matches, as a keyboard user would. */
export async function tabTo(page: Page, name: RegExp, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : undefined;
      // Roughly the accessible name: aria-label, else the label, else the text.
      return (
        el.getAttribute('aria-label') ??
        labelled ??
        el.closest('label')?.textContent ??
        el.textContent ??
        ''
      ).trim();
    });
    if (name.test(label)) return;
  }
  throw new Error(`No focusable element matching ${name} within ${limit} tabs`);
}

/** Photos stored by the intake. */
export const photosAt = (intake: string) => readdirSync(intake).filter(name => name.endsWith('.jpg'));

/** What a reviewer does: edits the photo's record by hand. */
export function review(intake: string, id: string, status: string, reason?: string): void {
  const path = join(intake, `${id}.json`);
  writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), status, reason }));
}

/** Every text the sending panel's polite live region took, in order. */
export async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { announced: string[] }).announced = []);
    new MutationObserver(() => {
      const text = document.querySelector('.send-status [role="status"]')?.textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { announced: string[] }).announced);
}

export const sendButton = (page: Page) => page.getByRole('button', { name: 'Envoyer', exact: true });

/** The receipt's number once "Photo reçue (n° …)" shows. */
export async function receiptId(page: Page, timeout = 30_000): Promise<string> {
  const receipt = page.getByText(/Photo reçue \(n° [0-9a-f-]{36}\)/);
  await receipt.waitFor({ timeout });
  return /n° ([0-9a-f-]{36})/.exec((await receipt.textContent())!)![1]!;
}

/** Resolves once a service worker controls the page (clientsClaim: on the first visit already), else fails. */
export const controlled = (page: Page) =>
  page.evaluate(async () => {
    const control = (async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise(resolve =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
    })();
    const late = new Promise((_, reject) =>
      setTimeout(() => reject(new Error('no service worker controls the page after 15 s')), 15_000),
    );
    await Promise.race([control, late]);
  });

/** Uploads as slow as one bar of 3G (DevTools throttling, which XHR upload progress follows). */
export async function slowUpload(
  page: Page,
  context: BrowserContext,
  bytesPerSecond = 16_000,
): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 40,
    downloadThroughput: 1_000_000,
    uploadThroughput: bytesPerSecond,
  });
}
