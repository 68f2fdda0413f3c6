import { en } from './en';
import { fill, type Params } from './format';
import { fr, type Dict, type Key } from './fr';
import type { Lang } from './lang';

export type { Dict, Key, Params };
export { formatBytes } from './format';
export { isKey } from './fr';
export { langs, pickLang, type Lang } from './lang';

/**
 * Both languages at hand, for the threads that may carry them: the engine's worker, the extension, node. The studio's
 * page must not import this module (it would ship English in its shell): it uses spa/app/i18n.ts, which loads English
 * only when the page picks it.
 */
export const dictionaries: Record<Lang, Dict> = { fr, en };

/** The string for `key` in `lang`, with its `{name}` placeholders filled; a missing param stays visible. */
export const translate = (lang: Lang, key: Key, params?: Params): string =>
  fill(dictionaries[lang][key], params);
