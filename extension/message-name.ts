import type { Key } from '../shared/i18n';

/**
 * The strings the extension reads through chrome.i18n (its manifest, and the popup, which loads no dictionary to
 * stay small): its own, and the task and role names it shows beside them.
 */
export const isExtensionKey = (key: string): key is ExtensionKey => /^(ext|task|role)\./.test(key);
export type ExtensionKey = Extract<Key, `ext.${string}` | `task.${string}` | `role.${string}`>;

/** Chrome message names allow only [A-Za-z0-9_]: "ext.popup.title" → "ext_popup_title". */
export const messageName = (key: Key): string => key.replace(/[^A-Za-z0-9_]/g, '_');
