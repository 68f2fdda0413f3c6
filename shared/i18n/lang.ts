/** The languages, alone in this module so a page can pick one without loading the dictionaries (the popup). */
export const langs = ['fr', 'en'] as const;
export type Lang = (typeof langs)[number];

/** French unless the browser prefers English first: the product is for French universities. */
export function pickLang(preferred: readonly string[] = []): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'fr';
}
