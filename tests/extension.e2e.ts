import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate, type Lang } from '../shared/i18n';
import { findProfile, linksFor, type Role } from '../shared/profiles';
import { launchWithExtension } from './browser';

/** Built by tests/setup/build.ts (`vite build --mode extension`). */
const dist = fileURLToPath(new URL('../dist-ext/chrome', import.meta.url));
const uca = findProfile('uca')!;
const poitiers = findProfile('poitiers')!;
const contexts: BrowserContext[] = [];
const href = (url: string) => new URL(url).href;

type Session = { context: BrowserContext; id: string; worker: Worker; page: Page; errors: string[] };

async function open(language: Lang): Promise<Session> {
  const { context, id } = await launchWithExtension(dist, language);
  contexts.push(context);
  // No network here: any page a link opens gets a blank answer instead of a DNS failure.
  await context.route(/^https?:\/\//, route =>
    route.fulfill({ contentType: 'text/html', body: '<title>x</title>' }),
  );
  const worker = context.serviceWorkers()[0]!;
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', error => errors.push(error.message));
  page.on('console', message => message.type() === 'error' && errors.push(message.text()));
  await popup({ page, id });
  return { context, id, worker, page, errors };
}

async function popup({ page, id }: Pick<Session, 'page' | 'id'>) {
  await page.goto(`chrome-extension://${id}/popup/index.html`);
  await page.locator('main h2').first().waitFor();
}

const linkHrefs = (page: Page) =>
  page.$$eval('main section a', links => links.map(a => (a as HTMLAnchorElement).href));
const headings = (page: Page, level: 'h1' | 'h2') =>
  page.$$eval(`main ${level}`, nodes => nodes.map(node => node.textContent));
const taskTitles = (lang: Lang, role: Role, profile = uca) =>
  linksFor(profile, role).map(group => translate(lang, `task.${group.task}`));
/**
 * The URL a tab opened by the extension was sent to. Its first load is not routed (Playwright attaches to a tab the
 * service worker creates only after it started), so it shows Chrome's error page; a reload goes through the route.
 */
async function openedUrl(page: Page): Promise<string> {
  await page.waitForLoadState();
  if (page.url().startsWith('chrome-error:')) await page.reload();
  const url = page.url();
  await page.close();
  return url;
}
const axe = (page: Page) =>
  new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

afterAll(async () => {
  await Promise.all(contexts.map(context => context.close()));
});

describe('extension in French', () => {
  let session: Session;
  beforeAll(async () => {
    session = await open('fr');
  });

  it('asks for storage, context menus and scripting, and ENT origins only as optional', () => {
    const manifest = JSON.parse(readFileSync(`${dist}/manifest.json`, 'utf8'));
    expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'scripting']);
    expect(manifest.host_permissions).toBeUndefined();
    // Poitiers's profile does not name its photo form yet: its ENT is not even asked for.
    expect(manifest.optional_host_permissions).toEqual(['https://ent.uca.fr/*']);
  });

  it('touches no ENT page until the person switches the photo-form helper on', async () => {
    const { worker, page, id } = session;
    expect(await worker.evaluate(() => chrome.permissions.getAll())).toMatchObject({ origins: [] });
    expect(await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    await page.goto(`chrome-extension://${id}/options/index.html`);
    expect(await page.getByText('Désactivé sur ent.uca.fr.').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Activer sur ent.uca.fr' }).count()).toBe(1);
    await popup(session);
  });

  it('stores the default profile and role on install', async () => {
    const stored = () => session.worker.evaluate(() => chrome.storage.sync.get(null));
    await expect.poll(stored).toEqual({ profile: 'uca', role: 'student' });
    expect(await session.worker.evaluate(() => chrome.i18n.getMessage('ext_name'))).toBe(
      'Trombine – raccourcis ENT',
    );
  });

  it('lists the UCA student links of the help pages, grouped by task, and opens them', async () => {
    const { page, context } = session;
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await headings(page, 'h1')).toEqual(['UCA Mon compte ENT']);
    expect(await headings(page, 'h2')).toEqual(taskTitles('fr', 'student'));
    const hrefs = await linkHrefs(page);
    for (const url of [
      'https://ent.uca.fr/compte/',
      'https://mail.uca.fr',
      'https://help.izly.fr/',
      'https://jira.dsi.uca.fr/plugins/servlet/desk/portal/3/create/9',
    ])
      expect(hrefs).toContain(href(url));
    const staffOnly = uca.links.filter(link => !link.roles.includes('student')).map(link => href(link.url));
    expect(hrefs.filter(url => staffOnly.includes(url))).toEqual([]);
    expect(await page.title()).toBe('UCA – Mon compte ENT');
    // The filter box has the focus; Tab reaches the links, Enter on a link opens it in a new tab.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)).toBe(hrefs[0]);
    const [opened] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
    expect(opened.url()).toBe(hrefs[0]);
    await opened.close();
  });

  it('filters by words without accents: opposition, perdu, mdp, securite', async () => {
    const { page } = session;
    const filter = page.getByLabel('Rechercher une démarche');
    const found = async (query: string) => {
      await filter.fill(query);
      return linkHrefs(page);
    };
    const card = href(uca.links.find(l => l.id === 'card.opposition')!.url);
    expect(await found('perdu')).toEqual([card]);
    expect(await found('OPPOSITION')).toEqual([card]);
    expect(await found('mdp')).toEqual([href(uca.links.find(l => l.id === 'password.change')!.url)]);
    expect((await found('securite')).length).toBeGreaterThan(0);
    expect(await page.getByRole('status').first().textContent()).toMatch(/^Liens trouvés/);
    expect(await found('zzz')).toEqual([]);
    await expect
      .poll(() => page.locator('main > p').last().textContent())
      .toBe('Aucun lien ne correspond à votre recherche.');
    await filter.fill('');
  });

  it('opens the best match and closes when Enter is pressed in the filter box', async () => {
    const { context, id } = session;
    const page = await context.newPage();
    await popup({ page, id });
    await page.getByLabel('Rechercher une démarche').fill('perdu');
    // The popup closes itself as it opens the tab, so the key press may not see its own end.
    const [opened] = await Promise.all([
      context.waitForEvent('page'),
      page.keyboard.press('Enter').catch(() => undefined),
    ]);
    expect(await openedUrl(opened)).toBe(href(uca.links.find(l => l.id === 'card.opposition')!.url));
    await expect.poll(() => page.isClosed()).toBe(true);
  });

  it('shows the badge links once the role is staff in the options', async () => {
    const { page, id } = session;
    await page.goto(`chrome-extension://${id}/options/index.html`);
    await page.getByLabel('Personnel').check();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Choix enregistré.');
    await popup(session);
    const hrefs = await linkHrefs(page);
    expect(hrefs).toContain('https://ent.uca.fr/compte/badge/');
    const badgeHelp = uca.links.filter(link => link.url.startsWith('https://confluence.dsi.uca.fr/'));
    expect(badgeHelp.length).toBeGreaterThan(0);
    for (const link of badgeHelp) expect(hrefs).toContain(href(link.url));
    expect(await headings(page, 'h2')).toEqual(taskTitles('fr', 'staff'));
  });

  it('switches to Poitiers in the options, and the popup follows', async () => {
    const { page, id } = session;
    await page.goto(`chrome-extension://${id}/options/index.html`);
    await page.getByLabel('Votre université').selectOption('poitiers');
    await expect
      .poll(() => session.worker.evaluate(() => chrome.storage.sync.get('profile')))
      .toEqual({
        profile: 'poitiers',
      });
    await popup(session);
    expect(await headings(page, 'h1')).toEqual(['Poitiers Mon compte ENT']);
    expect(await headings(page, 'h2')).toEqual(taskTitles('fr', 'staff', poitiers));
    expect(await linkHrefs(page)).toContain('mailto:assistance@support.univ-poitiers.fr');
  });

  it('refuses a bad custom profile, naming the field, and saves nothing', async () => {
    const { page, id, worker } = session;
    await page.goto(`chrome-extension://${id}/options/index.html`);
    const bad = structuredClone(findProfile('demo')!) as { id: string; links: { url: string }[] };
    bad.id = 'lyon';
    bad.links[1]!.url = 'javascript:alert(1)';
    await page.getByLabel('Profil au format JSON').fill(JSON.stringify(bad));
    await page.getByRole('button', { name: 'Importer ce profil' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('links.1.url\u00a0: adresse invalide');
    expect(await alert.textContent()).toContain('rien n’a été enregistré');
    expect(await worker.evaluate(() => chrome.storage.local.get(null))).toEqual({});
    expect(await worker.evaluate(() => chrome.storage.sync.get('profile'))).toEqual({ profile: 'poitiers' });
  });

  it('imports a valid custom profile, chooses it and exports it', async () => {
    const { page, worker } = session;
    const custom = { ...structuredClone(findProfile('demo')!), id: 'lyon' };
    await page.getByLabel('Profil au format JSON').fill(JSON.stringify(custom));
    await page.getByRole('button', { name: 'Importer ce profil' }).click();
    await expect
      .poll(() => worker.evaluate(() => chrome.storage.sync.get('profile')))
      .toEqual({ profile: 'lyon' });
    expect(await worker.evaluate(() => chrome.storage.local.get(null))).toMatchObject({
      customProfile: { id: 'lyon' },
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /^Exporter le profil/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('lyon.json');
    await worker.evaluate(() => chrome.storage.sync.set({ profile: 'uca', role: 'student' }));
  });

  it('shows every address that leads to an undeclared host before importing, and saves only when confirmed', async () => {
    const { page, worker } = session;
    await page.goto(`chrome-extension://${session.id}/options/index.html`);
    const phishing = structuredClone(findProfile('demo')!) as unknown as {
      id: string;
      entOrigin: string;
      hosts: string[];
      links: { url: string; label: { fr: string } }[];
    };
    phishing.id = 'nantes';
    phishing.entOrigin = 'https://ent.univ-nantes.fr';
    phishing.hosts = ['mail.univ-nantes.fr'];
    phishing.links[0]!.url = 'https://mail.univ-nantes.fr';
    phishing.links[1]!.url = 'https://univ-nantes.fr.evil.example/mot-de-passe';
    const stored = () => worker.evaluate(() => chrome.storage.local.get(null));
    const before = await stored();
    const submit = async () => {
      await page.getByLabel('Profil au format JSON').fill(JSON.stringify(phishing));
      await page.getByRole('button', { name: 'Importer ce profil' }).click();
    };
    await submit();
    const warning = page.getByRole('group', { name: /^Attention/ });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('ni l’ENT (ent.univ-nantes.fr)');
    expect(await warning.getByRole('listitem').allTextContents()).toEqual([
      `${phishing.links[1]!.label.fr} mène à univ-nantes.fr.evil.example https://univ-nantes.fr.evil.example/mot-de-passe`,
    ]);
    expect(await warning.textContent()).toContain('mail.univ-nantes.fr');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('custom-foreign');
    expect(await stored()).toEqual(before);
    await page.getByRole('button', { name: 'Ne pas importer' }).click();
    expect(await page.getByRole('status').last().textContent()).toBe(
      'Import annulé, rien n’a été enregistré.',
    );
    expect(await stored()).toEqual(before);
    expect((await axe(page)).violations).toEqual([]);
    await submit();
    await page.getByRole('button', { name: 'Importer quand même' }).click();
    await expect.poll(async () => ((await stored()).customProfile as { id?: string })?.id).toBe('nantes');
    await worker.evaluate(() => chrome.storage.sync.set({ profile: 'uca', role: 'student' }));
  });

  it('validates a stored profile again when it reads it: a damaged one is not used', async () => {
    const { worker, page } = session;
    await worker.evaluate(async () => {
      const { customProfile } = (await chrome.storage.local.get('customProfile')) as {
        customProfile: { entOrigin: string; links: { url: string }[] };
      };
      customProfile.links[0]!.url = 'javascript:alert(1)';
      customProfile.entOrigin = 'http://ent.univ-nantes.fr';
      await chrome.storage.local.set({ customProfile });
      await chrome.storage.sync.set({ profile: 'nantes' });
    });
    await popup(session);
    expect(await headings(page, 'h1')).toEqual(['UCA Mon compte ENT']);
    await page.goto(`chrome-extension://${session.id}/options/index.html`);
    await page.getByLabel('Votre université').waitFor();
    expect(
      await page.$$eval('#profile option', options => options.map(o => (o as HTMLOptionElement).value)),
    ).toEqual(['uca', 'poitiers', 'demo']);
    await worker.evaluate(async () => {
      await chrome.storage.local.clear();
      await chrome.storage.sync.set({ profile: 'uca', role: 'student' });
    });
  });

  it('answers the omnibox keyword "ent": suggestions, and Enter opens the best match', async () => {
    const { worker, context } = session;
    const manifest = JSON.parse(readFileSync(`${dist}/manifest.json`, 'utf8'));
    expect(manifest.omnibox).toEqual({ keyword: 'ent' });
    // Chrome's own event objects: dispatch runs the listeners the service worker added, as typing would.
    const suggestions = await worker.evaluate(
      () =>
        new Promise<chrome.omnibox.SuggestResult[]>(resolve =>
          (chrome.omnibox.onInputChanged as unknown as { dispatch: (...a: unknown[]) => void }).dispatch(
            'mdp',
            resolve,
          ),
        ),
    );
    expect(suggestions[0]).toMatchObject({ content: 'password.change' });
    expect(suggestions[0]!.description).toContain('Changer mon mot de passe');
    const [opened] = await Promise.all([
      context.waitForEvent('page'),
      worker.evaluate(() =>
        (chrome.omnibox.onInputEntered as unknown as { dispatch: (...a: unknown[]) => void }).dispatch(
          'perdu',
          'newForegroundTab',
        ),
      ),
    ]);
    expect(await openedUrl(opened)).toBe(href(uca.links.find(l => l.id === 'card.opposition')!.url));
  });

  it('assigns its suggested shortcuts: the popup and the password page', async () => {
    const commands = await session.worker.evaluate(() => chrome.commands.getAll());
    const shortcuts = Object.fromEntries(commands.map(c => [c.name, c.shortcut]));
    expect(shortcuts['_execute_action']).toMatch(/^Alt\+(Maj|Shift)\+E$/);
    expect(shortcuts['open-password']).toMatch(/^Alt\+(Maj|Shift)\+M$/);
  });

  it('puts the five most used links and the options in the toolbar icon menu', async () => {
    const exists = (id: string) =>
      session.worker.evaluate(
        id =>
          chrome.contextMenus.update(id, {}).then(
            () => true,
            () => false,
          ),
        id,
      );
    const expected = [
      'password.change',
      'card.opposition',
      'photo.upload',
      'image-rights.manage',
      'personal-info.edit',
    ];
    await expect.poll(() => exists('options')).toBe(true);
    for (const id of expected) expect(await exists(`link:${id}`), id).toBe(true);
    expect(await exists('link:help.ticket')).toBe(false);
  });

  it('has no accessibility violation on the popup and the options page, light and dark', async () => {
    const { page, id } = session;
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await popup(session);
      expect((await axe(page)).violations, `popup ${scheme}`).toEqual([]);
      await page.goto(`chrome-extension://${id}/options/index.html`);
      await page.getByLabel('Votre université').waitFor();
      expect((await axe(page)).violations, `options ${scheme}`).toEqual([]);
    }
  });

  it('runs without errors (no CSP violation, no uncaught exception)', () => {
    expect(session.errors).toEqual([]);
  });
});

describe('extension in English in a French locale', () => {
  // LANGUAGE=en picks chrome.i18n's English strings while getUILanguage() says French: everything must be English.
  it('speaks one language: headings, profile labels, options, omnibox and menus', async () => {
    const { context, id } = await launchWithExtension(dist, 'en', 'fr-FR');
    contexts.push(context);
    const worker = context.serviceWorkers()[0]!;
    const page = await context.newPage();
    await popup({ page, id });
    expect(await headings(page, 'h2')).toEqual(taskTitles('en', 'student'));
    const labels = await page.$$eval('main section a .label', nodes => nodes.map(node => node.textContent));
    const english = linksFor(uca, 'student').flatMap(group => group.links.map(link => link.label.en));
    expect(labels).toEqual(english);
    await page.goto(`chrome-extension://${id}/options/index.html`);
    await page.getByLabel('Your university').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const suggestions = await worker.evaluate(
      () =>
        new Promise<chrome.omnibox.SuggestResult[]>(resolve =>
          (chrome.omnibox.onInputChanged as unknown as { dispatch: (...a: unknown[]) => void }).dispatch(
            'password',
            resolve,
          ),
        ),
    );
    expect(suggestions[0]!.description).toContain(uca.links.find(l => l.id === 'password.change')!.label.en);
  });
});

describe('extension in English', () => {
  it('follows the browser language, and passes axe', async () => {
    const session = await open('en');
    const { page, worker, errors, id } = session;
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await headings(page, 'h1')).toEqual(['UCA My ENT account']);
    expect(await headings(page, 'h2')).toEqual(taskTitles('en', 'student'));
    expect(await worker.evaluate(() => chrome.i18n.getMessage('ext_name'))).toBe('Trombine – ENT shortcuts');
    expect((await axe(page)).violations).toEqual([]);
    await page.goto(`chrome-extension://${id}/options/index.html`);
    await page.getByLabel('Your university').waitFor();
    expect((await axe(page)).violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
