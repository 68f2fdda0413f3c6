import type { Params } from '../../shared/i18n';
import type { Lang } from '../../shared/i18n/lang';
import { messageName, type ExtensionKey } from '../message-name';

/**
 * The language chrome.i18n picked the extension's strings in, as its `ext.lang` message says: profile labels, the
 * dictionaries of the options and the menus follow it, so nothing comes out in another language than the headings
 * (getUILanguage() and the locale chrome.i18n falls back to can differ, as with LANGUAGE=en and a French locale).
 */
export const uiLang: Lang = chrome.i18n.getMessage(messageName('ext.lang')) === 'en' ? 'en' : 'fr';

/**
 * A string from _locales (generated from shared/i18n), with its `{name}` placeholders filled as translate() does:
 * the popup gets its words without loading every dictionary of the product.
 */
export function message(key: ExtensionKey, params: Params = {}): string {
  const text = chrome.i18n.getMessage(messageName(key));
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}
