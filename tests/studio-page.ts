import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { preview } from 'vite';

/** The built studio as `npm start` serves it, on a free port, with a fresh intake folder. */
export async function startStudio() {
  const intake = (process.env.INTAKE_DIR = mkdtempSync(join(tmpdir(), 'trombine-intake-')));
  const server = await preview({
    configLoader: 'runner',
    logLevel: 'warn',
    preview: { port: 0, strictPort: false },
  });
  return {
    base: server.resolvedUrls!.local[0]!,
    /** Photos the intake received: id → meta. */
    received: () =>
      readdirSync(intake)
        .filter(name => name.endsWith('.jpg'))
        .map(name => ({
          id: name.slice(0, -4),
          record: JSON.parse(readFileSync(join(intake, name.replace(/jpg$/, 'json')), 'utf8')),
        })),
    close: () => server.close(),
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
