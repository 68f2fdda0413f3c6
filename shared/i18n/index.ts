import { en } from './en';
import { fr, type Dict, type Key } from './fr';

export type { Dict, Key };
export const langs = ['fr', 'en'] as const;
export type Lang = (typeof langs)[number];
export const dictionaries: Record<Lang, Dict> = { fr, en };

export type Params = Record<string, string | number>;

/** The string for `key` in `lang`, with its `{name}` placeholders filled; a missing param stays visible. */
export function translate(lang: Lang, key: Key, params?: Params): string {
  const text = dictionaries[lang][key];
  return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : text;
}

export const isKey = (value: string): value is Key => Object.hasOwn(fr, value);

/** French unless the browser prefers English first: the product is for French universities. */
export function pickLang(preferred: readonly string[] = []): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'fr';
}

const locales: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** "58,6 ko" / "58.6 kB": byte counts as people read them, with the locale's spaces. */
export function formatBytes(lang: Lang, bytes: number): string {
  const [unit, value] =
    bytes >= 1e6
      ? (['megabyte', bytes / 1e6] as const)
      : bytes >= 1e3
        ? (['kilobyte', bytes / 1e3] as const)
        : (['byte', bytes] as const);
  return new Intl.NumberFormat(locales[lang], { style: 'unit', unit, maximumFractionDigits: 1 }).format(
    value,
  );
}
