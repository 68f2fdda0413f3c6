// @vitest-environment jsdom
import { expect, test, vi } from 'vitest';
import { lang, setLang, t, unavailable } from './i18n';

// English is a chunk fetched on demand: here it first fails to arrive (offline), then arrives.
const english = vi.hoisted(() => ({ offline: true }));
vi.mock('../../shared/i18n/en', async original => {
  if (english.offline) throw new Error('Failed to fetch dynamically imported module');
  return original();
});

test('French at once; English asked for but unreachable: still French, and said so', async () => {
  expect([lang(), t('app.nav.hub')]).toEqual(['fr', 'Accueil']);
  await setLang('en');
  expect([lang(), unavailable(), t('app.nav.hub')]).toEqual(['fr', 'en', 'Accueil']);
});

test('French while English loads, and the last language asked for wins', async () => {
  english.offline = false;
  const late = setLang('en');
  expect(lang()).toBe('fr'); // no half-English page while the chunk loads
  await setLang('fr');
  await late;
  expect(lang()).toBe('fr');
});

test('English once it has arrived: the page, its lang and what is remembered', async () => {
  await setLang('en');
  expect([lang(), unavailable(), document.documentElement.lang, t('app.nav.hub')]).toEqual([
    'en',
    undefined,
    'en',
    'Home',
  ]);
  expect(localStorage.getItem('trombine.lang')).toBe('en');
});
