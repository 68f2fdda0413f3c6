import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate, type Lang } from '../shared/i18n';
import { findProfile, linksFor, type Role } from '../shared/profiles';
import { launchWithExtension } from './browser';

/** Built by tests/setup/build.ts (`vite build --mode extension`). */
const dist = fileURLToPath(new URL('../dist-ext/chrome', import.meta.url));
const uca = findProfile('uca')!;
const contexts: BrowserContext[] = [];
const href = (url: string) => new URL(url).href;

async function open(language: Lang) {
  const { context, id } = await launchWithExtension(dist, language);
  contexts.push(context);
  const worker = context.serviceWorkers()[0]!;
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', error => errors.push(error.message));
  page.on('console', message => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`chrome-extension://${id}/popup/index.html`);
  return { worker, page, errors };
}

const linkHrefs = (page: Page) =>
  page.$$eval('main a', links => links.map(a => (a as HTMLAnchorElement).href));
const headings = (page: Page, level: 'h1' | 'h2') =>
  page.$$eval(`main ${level}`, nodes => nodes.map(node => node.textContent));
const taskTitles = (lang: Lang, role: Role) =>
  linksFor(uca, role).map(group => translate(lang, `task.${group.task}`));

afterAll(async () => {
  await Promise.all(contexts.map(context => context.close()));
});

describe('extension in French', () => {
  let session: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    session = await open('fr');
  });

  it('asks for storage and nothing else', () => {
    const manifest = JSON.parse(readFileSync(`${dist}/manifest.json`, 'utf8'));
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions).toBeUndefined();
  });

  it('stores the default profile and role on install', async () => {
    const stored = () => session.worker.evaluate(() => chrome.storage.sync.get(null));
    await expect.poll(stored).toEqual({ profile: 'uca', role: 'student' });
    expect(await session.worker.evaluate(() => chrome.i18n.getMessage('ext_name'))).toBe(
      'Trombine – raccourcis ENT',
    );
  });

  it('lists the UCA student links, grouped by task, in French', async () => {
    const { page } = session;
    await page.locator('main h2').first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await headings(page, 'h1')).toEqual(['UCA Mon compte ENT']);
    expect(await headings(page, 'h2')).toEqual(taskTitles('fr', 'student'));
    const hrefs = await linkHrefs(page);
    for (const url of [
      'https://ent.uca.fr/compte/',
      'https://mail.uca.fr',
      'https://help.izly.fr/',
      'https://jira.dsi.uca.fr/plugins/servlet/desk/portal/3/create/9',
    ]) {
      expect(hrefs).toContain(href(url));
    }
    const staffOnly = uca.links.filter(link => !link.roles.includes('student')).map(link => href(link.url));
    expect(staffOnly).toContain('https://ent.uca.fr/compte/badge/');
    expect(hrefs.filter(url => staffOnly.includes(url))).toEqual([]);
    const first = page.locator('main a').first();
    expect([await first.getAttribute('target'), await first.getAttribute('rel')]).toEqual([
      '_blank',
      'noopener',
    ]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)).toBe(hrefs[0]);
    expect(await page.title()).toBe('UCA – Mon compte ENT');
  });

  it('shows the badge links once the role is staff', async () => {
    const { page, worker } = session;
    await worker.evaluate(() => chrome.storage.sync.set({ role: 'staff' }));
    await page.reload();
    await page.locator('main h2').first().waitFor();
    const hrefs = await linkHrefs(page);
    expect(hrefs).toContain('https://ent.uca.fr/compte/badge/');
    const badgeHelp = uca.links.filter(link => link.url.startsWith('https://confluence.dsi.uca.fr/'));
    expect(badgeHelp.length).toBeGreaterThan(0);
    for (const link of badgeHelp) expect(hrefs).toContain(href(link.url));
    expect(await headings(page, 'h2')).toEqual(taskTitles('fr', 'staff'));
  });

  it('runs without errors (no CSP violation, no uncaught exception)', () => {
    expect(session.errors).toEqual([]);
  });
});

describe('extension in English', () => {
  it('follows the browser language', async () => {
    const { page, worker, errors } = await open('en');
    await page.locator('main h2').first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await headings(page, 'h1')).toEqual(['UCA My ENT account']);
    expect(await headings(page, 'h2')).toEqual(taskTitles('en', 'student'));
    expect(await worker.evaluate(() => chrome.i18n.getMessage('ext_name'))).toBe('Trombine – ENT shortcuts');
    expect(errors).toEqual([]);
  });
});
