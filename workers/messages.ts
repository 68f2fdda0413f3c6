import { fill, type Params } from '../shared/i18n/format';
import type { Lang } from '../shared/i18n/lang';
import * as checks from '../shared/i18n/sections/checks';
import { en as checksEn } from '../shared/i18n/sections/checks.en';
import * as engine from '../shared/i18n/sections/engine';
import { en as engineEn } from '../shared/i18n/sections/engine.en';

/**
 * The engine's own strings, the only ones the worker says (refusals and checks), in both languages: the worker
 * answers in the language it is asked for, and carrying the whole studio's dictionaries would weigh on its first load.
 */
const dictionaries = {
  fr: { ...engine.fr, ...checks.fr },
  en: { ...engineEn, ...checksEn },
} satisfies Record<Lang, Record<keyof typeof engine.fr | keyof typeof checks.fr, string>>;

export type MessageKey = keyof (typeof dictionaries)['fr'];

/** The engine's string for `key` in `lang`, its `{name}` placeholders filled. */
export const message = (lang: Lang, key: MessageKey, params?: Params): string =>
  fill(dictionaries[lang][key], params);
