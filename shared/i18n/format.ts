import type { Lang } from './lang';

/** What turns a dictionary's string into text, with no dictionary in it: the studio's shell imports this alone. */
export type Params = Record<string, string | number>;

/** `text` with its `{name}` placeholders filled; a missing param stays visible. */
export const fill = (text: string, params?: Params): string =>
  params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : text;

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
