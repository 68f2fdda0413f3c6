import { en } from './en';
import { fr, type Dict, type Key } from './fr';
import type { Lang } from './lang';

export type { Dict, Key };
export { langs, pickLang, type Lang } from './lang';
export const dictionaries: Record<Lang, Dict> = { fr, en };

export type Params = Record<string, string | number>;

/** The string for `key` in `lang`, with its `{name}` placeholders filled; a missing param stays visible. */
export function translate(lang: Lang, key: Key, params?: Params): string {
  const text = dictionaries[lang][key];
  return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : text;
}

export const isKey = (value: string): value is Key => Object.hasOwn(fr, value);

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
