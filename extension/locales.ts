import { dictionaries, type Key, type Lang } from '../shared/i18n';
import { isExtensionKey, messageName, type ExtensionKey } from './message-name';

export { messageName };

/** One entry of a Chrome `_locales/<lang>/messages.json`. */
export type ChromeMessage = { message: string; description: string };

/** Only the extension's strings reach _locales; shared/i18n stays their single source. */
export const extensionKeys: ExtensionKey[] = (Object.keys(dictionaries.fr) as Key[]).filter(isExtensionKey);

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
