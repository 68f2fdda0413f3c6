import { crx } from '@crxjs/vite-plugin';
import { fileURLToPath } from 'node:url';
import type { Plugin, UserConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { langs } from '../shared/i18n';
import { chromeMessages } from './locales';
import manifest from './manifest';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Emits _locales/<lang>/messages.json from shared/i18n at build time, so no translated string is copied by hand.
 * crxjs only globs _locales on disk and skips the files already in the bundle, so emitting them is enough.
 */
function chromeLocales(): Plugin {
  return {
    name: 'trombine:chrome-locales',
    generateBundle() {
      for (const lang of langs) {
        const source = JSON.stringify(chromeMessages(lang), null, 2) + '\n';
        this.emitFile({ type: 'asset', fileName: `_locales/${lang}/messages.json`, source });
      }
    },
  };
}

/** `vite build --mode extension`: the Chrome MV3 extension in dist-ext/chrome. */
export function extensionConfig(mode: string): UserConfig {
  return {
    mode,
    root,
    plugins: [solid(), crx({ manifest }), chromeLocales()],
    build: {
      outDir: fileURLToPath(new URL('../dist-ext/chrome', import.meta.url)),
      emptyOutDir: true,
      target: 'chrome120',
    },
  };
}
