import { dictionaries, type Key, type Lang } from '../shared/i18n';

/** One entry of a Chrome `_locales/<lang>/messages.json`. */
export type ChromeMessage = { message: string; description: string };

/** Only `ext.*` strings reach the manifest and chrome.i18n; shared/i18n stays their single source. */
export const extensionKeys = (Object.keys(dictionaries.fr) as Key[]).filter(key => key.startsWith('ext.'));

/** Chrome message names allow only [A-Za-z0-9_]: "ext.popup.title" → "ext_popup_title". */
export const messageName = (key: string): string => key.replace(/[^A-Za-z0-9_]/g, '_');

/** The messages.json object for one language. `$` starts a placeholder in Chrome messages, hence `$$`. */
export function chromeMessages(lang: Lang): Record<string, ChromeMessage> {
  return Object.fromEntries(
    extensionKeys.map(key => [
      messageName(key),
      {
        message: dictionaries[lang][key].replaceAll('$', '$$$$'),
        description: `From shared/i18n, key ${key}`,
      },
    ]),
  );
}
