import * as sections from './sections';
import type { Strings } from './strings';

/**
 * French strings, the reference dictionary, merged from one section per part of the product (English in
 * `sections/<section>.en.ts`); `Dict` is derived from it, so English must have every key.
 * Typography (checked by i18n.test.ts): U+202F before ; ! ? and inside « », U+00A0 before : and between a number
 * and its unit, typographic apostrophe ’. Placeholders are {name}.
 */
export const fr = {
  ...sections.app.fr,
  ...sections.photo.fr,
  ...sections.engine.fr,
  ...sections.checks.fr,
  ...sections.studio.fr,
  ...sections.sending.fr,
  ...sections.review.fr,
  ...sections.ext.fr,
} as const;

export type Dict = Strings<typeof fr>;
export type Key = keyof Dict;

export const isKey = (value: string): value is Key => Object.hasOwn(fr, value);
