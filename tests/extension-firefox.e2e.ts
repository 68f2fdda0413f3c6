import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import webExt, { type LintReport } from 'web-ext';
import { geckoId } from '../extension/firefox';
import { defaults } from '../extension/settings';
import { langs, translate, type Lang } from '../shared/i18n';
import { findProfile, linksFor, resolveLink } from '../shared/profiles';
import { launchFirefoxWithExtension, openExtensionPage } from './firefox';
import { unexplained, unused } from './web-ext-lint';

/** Built by tests/setup/build.ts (`vite build --mode extension`): the folder the Firefox store zip is made of. */
const dist = fileURLToPath(new URL('../dist-ext/firefox', import.meta.url));

describe('web-ext lint on the Firefox build', () => {
  let report: LintReport;
  beforeAll(async () => {
    // shouldExitProgram: false returns the findings instead of exiting. The linter also prints them all with
    // console.log; the tests below name the ones that matter, so that copy is dropped.
    const print = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      report = await webExt.cmd.lint({ sourceDir: dist, output: 'json' }, { shouldExitProgram: false });
    } finally {
      print.mockRestore();
    }
    const { errors, warnings, notices } = report.summary;
    console.warn(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  });

  it('finds no error, and no warning or notice that tests/web-ext-lint.ts does not explain', () => {
    const found = unexplained(report, dist).map(
      m => `${m._type} ${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.description}`,
    );
    expect(found).toEqual([]);
  });

  it('still needs every allowance it lists', () => {
    expect(unused(report, dist).map(a => `${a.code} ${a.file}`)).toEqual([]);
  });
});

describe('the Firefox build in Firefox ESR', () => {
  const profile = findProfile(defaults.profile)!;
  let browser: Browser | undefined;
  let origin: string;
  let id: string;
  let popup: Page;

  beforeAll(async () => {
    ({ browser, origin, id } = await launchFirefoxWithExtension(dist));
    console.warn(`Firefox: ${await browser.version()}`);
    popup = await openExtensionPage(browser, `${origin}/popup/index.html`, 'main h2');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('installs under its gecko id', () => {
    expect(id).toBe(geckoId);
  });

  // Only the background's onInstalled writes storage.sync (the popup reads it and falls back to the defaults itself):
  // a background script that failed to load leaves it empty.
  it('starts the background, which stores the default settings at install', async () => {
    await expect.poll(() => popup.evaluate(() => chrome.storage.sync.get(null))).toEqual(defaults);
  });

  it("lists the chosen university's links for the chosen role, grouped by task, in the browser's language", async () => {
    const lang = (await popup.evaluate(() => document.documentElement.lang)) as Lang;
    expect(langs).toContain(lang);
    const groups = linksFor(profile, defaults.role);
    const shown = await popup.evaluate(() => ({
      headings: [...document.querySelectorAll('main h2')].map(h => h.textContent),
      links: [...document.querySelectorAll<HTMLAnchorElement>('main section a')].map(a => ({
        label: a.querySelector('.label')?.textContent,
        href: a.href,
      })),
    }));
    expect(shown.headings).toEqual(groups.map(group => translate(lang, `task.${group.task}`)));
    expect(shown.links).toEqual(
      groups
        .flatMap(group => group.links)
        .map(link => ({ label: link.label[lang], href: resolveLink(link.url, profile.entOrigin) })),
    );
    expect(shown.links.length).toBeGreaterThan(3);
  });
});
