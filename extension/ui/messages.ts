import type { Params } from '../../shared/i18n';
import { pickLang } from '../../shared/i18n/lang';
import { messageName, type ExtensionKey } from '../message-name';

/** The language chrome.i18n picked its messages in (fr unless the browser prefers English), for profile texts. */
export const uiLang = pickLang([chrome.i18n.getUILanguage()]);

/**
 * A string from _locales (generated from shared/i18n), with its `{name}` placeholders filled as translate() does:
 * the popup gets its words without loading every dictionary of the product.
 */
export function message(key: ExtensionKey, params: Params = {}): string {
  const text = chrome.i18n.getMessage(messageName(key));
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}
