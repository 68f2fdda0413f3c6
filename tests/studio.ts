import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { request } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import type { Decision } from '../shared/review';
import type { Deposit } from '../spa/intake/db/contract';
import { openRepository } from '../spa/intake/db/repository';
import { launchBrowser } from './browser';

/** The demonstration sign-in's people (spa/pages/SignIn.tsx): a student, and the schooling office that reviews. */
export const people = {
  student: { login: 'cmartin', name: 'Camille Martin', email: 'camille.martin@example.org' },
  staff: { login: 'kbenali', name: 'Karim Benali', email: 'karim.benali@example.org' },
  reviewer: { login: 'scolarite', name: 'Scolarité', email: 'scolarite@example.org' },
} as const;
export type DemoPerson = { login: string; name?: string; email?: string };

/** Signs a browser context in on the demonstration intake, as the sign-in page does: its cookie, its session. */
export async function signIn(context: BrowserContext, base: string, person: DemoPerson = people.student) {
  const answer = await context.request.post(new URL('/api/session', base).href, { data: person });
  if (!answer.ok()) throw new Error(`sign-in as ${person.login}: ${answer.status()} ${await answer.text()}`);
}

/**
 * The built studio as `npm start` serves it (vite preview + the real intake, in demonstration mode), on a free port
 * and a fresh folder.
 */
export async function startStudio(): Promise<{
  base: string;
  intake: string;
  browser: Browser;
  /** A browser context signed in as `person` (the student unless told), as after the sign-in page. */
  newContext(options?: BrowserContextOptions, person?: DemoPerson | null): Promise<BrowserContext>;
  /** Every deposit the intake holds, oldest first, whatever its status. */
  received(): Promise<Deposit[]>;
  /** A deposit's JPEG, as the intake stored it. */
  jpeg(id: string): Promise<Uint8Array>;
  /** What the schooling office does on /revue, through its API: validate or reject a deposit. */
  review(id: string, decision: Decision): Promise<void>;
  close(): Promise<void>;
}> {
  const intake = (process.env.INTAKE_DIR = mkdtempSync(join(tmpdir(), 'trombine-intake-')));
  const server: PreviewServer = await preview({
    configLoader: 'runner',
    logLevel: 'warn',
    preview: { port: 0, strictPort: false },
  });
  const browser = await launchBrowser();
  const base = server.resolvedUrls!.local[0]!;
  return {
    base,
    intake,
    browser,
    async newContext(options = {}, person = people.student) {
      const context = await browser.newContext(options);
      if (person) await signIn(context, base, person);
      return context;
    },
    async received() {
      // The intake's own store, opened beside it (SQLite in WAL mode allows a second reader).
      const repository = await openRepository({ dir: intake });
      try {
        const statuses = ['pending_review', 'validated', 'rejected', 'superseded'] as const;
        const pages = await Promise.all(statuses.map(status => repository.list({ status, limit: 200 })));
        return pages
          .flatMap(page => page.photos)
          .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
      } finally {
        await repository.close();
      }
    },
    async jpeg(id) {
      const repository = await openRepository({ dir: intake });
      try {
        const bytes = await repository.jpeg(id);
        if (!bytes) throw new Error(`no JPEG for ${id}`);
        return bytes;
      } finally {
        await repository.close();
      }
    },
    async review(id, decision) {
      const office = await request.newContext({ baseURL: base });
      try {
        const signedIn = await office.post('/api/session', { data: people.reviewer });
        if (!signedIn.ok()) throw new Error(`reviewer sign-in: ${signedIn.status()}`);
        const decided = await office.post(`/api/review/photos/${id}/decision`, { data: decision });
        if (!decided.ok()) throw new Error(`decision on ${id}: ${decided.status()} ${await decided.text()}`);
      } finally {
        await office.dispose();
      }
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A page that records every console error (CSP violations included) and uncaught exception, but those `expected`
 * matches: "Failed to load resource" where a refused or failed request is the point of the test.
 */
export async function watchedPage(context: BrowserContext, url: string, expected?: RegExp) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on(
    'console',
    message => message.type() === 'error' && !expected?.test(message.text()) && errors.push(message.text()),
  );
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
