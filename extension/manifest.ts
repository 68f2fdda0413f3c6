import { defineManifest } from '@crxjs/vite-plugin';
import pkg from '../package.json';

/**
 * Strings are `__MSG_x__` references to _locales, generated from the `ext.*` keys of shared/i18n (build.ts).
 * Each permission must earn its install prompt line: `storage` keeps the chosen profile and role.
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
  background: { service_worker: 'background/index.ts', type: 'module' },
  permissions: ['storage'],
});
