import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { en } from './en';
import { fr, type Key } from './fr';
import { formatBytes, pickLang, translate } from '.';
import * as sections from './sections';
import { englishTypographyProblems, frenchTypographyProblems } from './typography';

const keys = Object.keys(fr) as Key[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort();

describe('dictionaries', () => {
  test('English has exactly the French keys, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
  });

  test('no two sections define the same key', () => {
    const all = Object.values(sections).flatMap(section => Object.keys(section.fr));
    expect(all.length).toBe(new Set(all).size);
  });

  test.each(keys)('%s follows French and English typography', key => {
    expect(frenchTypographyProblems(fr[key])).toEqual([]);
    expect(englishTypographyProblems(en[key])).toEqual([]);
  });

  test('the typography lint catches what it is for', () => {
    expect(frenchTypographyProblems('Prêt ? Oui !')).toHaveLength(1);
    expect(frenchTypographyProblems('Statut : ok')).toHaveLength(1);
    expect(frenchTypographyProblems("l'ENT")).toHaveLength(1);
    expect(frenchTypographyProblems('40 Mo')).toHaveLength(1);
    expect(frenchTypographyProblems('« Envoyer »')).toHaveLength(1);
    expect(frenchTypographyProblems('https://ent.uca.fr, mailto: ou tel:')).toEqual([]);
    expect(englishTypographyProblems('Status\u00a0: ok')).toHaveLength(1);
  });
});

/** Every source file that may show a string: keys are written out in full, or as a `prefix.${…}` template. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

test('no key is unused', () => {
  const root = new URL('../..', import.meta.url).pathname;
  const code = ['spa', 'workers', 'extension', 'shared']
    .flatMap(dir => sources(join(root, dir)))
    .filter(path => !relative(root, path).startsWith('shared/i18n/'))
    .map(path => readFileSync(path, 'utf8'))
    .join('\n');
  const prefixes = [...code.matchAll(/`([a-z][\w.-]*\.)\$\{/g)].map(m => m[1]!);
  const messages = new Set([...code.matchAll(/__MSG_(\w+)__/g)].map(m => m[1])); // the extension's manifest
  const unused = keys.filter(
    key =>
      !code.includes(`'${key}'`) &&
      !prefixes.some(prefix => key.startsWith(prefix)) &&
      !messages.has(key.replace(/\./g, '_')),
  );
  expect(unused).toEqual([]);
});

describe('helpers', () => {
  test('placeholders are filled, a missing one stays visible', () => {
    expect(translate('fr', 'photo.sent', { id: 'abc' })).toMatch(/^Photo reçue \(n° abc\)/);
    expect(translate('en', 'photo.sent')).toContain('{id}');
  });

  test('French unless the browser prefers English first', () => {
    expect(pickLang(['en-GB', 'fr'])).toBe('en');
    expect(pickLang(['de-DE', 'fr-CA'])).toBe('fr');
    expect(pickLang(['de-DE'])).toBe('fr');
    expect(pickLang([])).toBe('fr');
  });

  test('bytes read the French way', () => {
    expect(formatBytes('fr', 58_600)).toBe('58,6\u202fko');
    expect(formatBytes('fr', 3_900_000)).toBe('3,9\u202fMo');
    expect(formatBytes('en', 58_600)).toBe('58.6 kB');
  });
});
