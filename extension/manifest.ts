import { defineManifest } from '@crxjs/vite-plugin';
import pkg from '../package.json';
import { profiles } from '../shared/profiles';
import { framePath } from './engine/protocol';
import { entPattern } from './profile';

/**
 * The ENT origins of the shipped universities whose profile names its photo form: the only hosts the extension may
 * ever touch, and only once the person grants one at a click (options page), for the photo-form helper. Local demo
 * origins are not asked for.
 */
export const entOrigins = profiles
  .filter(p => p.photoForm && p.entOrigin.startsWith('https:'))
  .map(entPattern);

/**
 * Strings are `__MSG_x__` references to _locales, generated from the `ext.*` keys of shared/i18n (build.ts).
 * Each permission must earn its install prompt line, with its reason in the README (permissions.test.ts).
 */
export default defineManifest({
  manifest_version: 3,
  name: '__MSG_ext_name__',
  description: '__MSG_ext_description__',
  // Chrome accepts only dot-separated integers: "0.1.0-beta.1" ships as "0.1.0".
  version: pkg.version.replace(/[^\d.].*$/, ''),
  default_locale: 'fr',
  minimum_chrome_version: '120',
  icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
  action: {
    default_popup: 'popup/index.html',
    default_title: '__MSG_ext_action__',
    default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' },
  },
  options_ui: { page: 'options/index.html', open_in_tab: true },
  background: { service_worker: 'background/index.ts', type: 'module' },
  omnibox: { keyword: 'ent' },
  commands: {
    _execute_action: { suggested_key: { default: 'Alt+Shift+E' }, description: '__MSG_ext_command_popup__' },
    'open-password': {
      suggested_key: { default: 'Alt+Shift+M' },
      description: '__MSG_ext_command_password__',
    },
  },
  permissions: ['storage', 'contextMenus', 'scripting'],
  optional_host_permissions: entOrigins,
  // The engine frame for the content script; '<dynamic_resource>' tells crxjs to give the content script (registered
  // at run time, background/ent-script.ts) these matches too, instead of every http and https page. A dynamic URL
  // (a new one each session, given by chrome.runtime.getURL) so a page cannot probe for them by their fixed address;
  // the frame, once loaded, still has the extension's own origin, where the content script posts its token
  // (content/engine-client.ts). Firefox has per-install addresses already (firefox.ts drops the key).
  web_accessible_resources: [
    { resources: [framePath, '<dynamic_resource>'], matches: entOrigins, use_dynamic_url: true },
  ],
  content_security_policy: {
    extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'",
  },
});
