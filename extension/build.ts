import { crx } from '@crxjs/vite-plugin';
import { humanAssets } from '../workers/analyse/assets.mjs';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, UserConfig } from 'vite';
import solid from 'vite-plugin-solid';
import pkg from '../package.json';
import { langs } from '../shared/i18n';
import { libheifNodeStubs } from '../spa/build';
import { firefoxManifest, type Manifest } from './firefox';
import { chromeMessages } from './locales';
import manifest from './manifest';
import { zip } from './zip';

const root = fileURLToPath(new URL('.', import.meta.url));
const out = fileURLToPath(new URL('../dist-ext', import.meta.url));

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

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile())
    .map(entry => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

const zipDir = (dir: string, file: string) =>
  writeFileSync(file, zip(filesIn(dir).map(name => ({ name, data: readFileSync(join(dir, name)) }))));

/**
 * After the Chrome build: the Firefox build is the same files with Firefox's manifest (firefox.ts), then one zip per
 * store in dist-ext/. Copying beats a second bundling: the code is the same, and it halves the build time.
 */
function storePackages(): Plugin {
  return {
    name: 'trombine:store-packages',
    apply: 'build',
    closeBundle() {
      const chrome = join(out, 'chrome');
      const firefox = join(out, 'firefox');
      rmSync(firefox, { recursive: true, force: true });
      cpSync(chrome, firefox, { recursive: true });
      const built = JSON.parse(readFileSync(join(chrome, 'manifest.json'), 'utf8')) as Manifest;
      writeFileSync(join(firefox, 'manifest.json'), JSON.stringify(firefoxManifest(built), null, 2) + '\n');
      zipDir(chrome, join(out, `trombine-chrome-${pkg.version}.zip`));
      zipDir(firefox, join(out, `trombine-firefox-${pkg.version}.zip`));
    },
  };
}

/** `vite build --mode extension`: the MV3 extension in dist-ext/chrome and dist-ext/firefox, and their store zips. */
export function extensionConfig(mode: string): UserConfig {
  return {
    mode,
    root,
    plugins: [
      solid(),
      crx({ manifest }),
      chromeLocales(),
      storePackages(),
      humanAssets(), // the face models and tfjs .wasm under /human/, where the engine's worker looks for them
    ],
    // The engine frame (engine/frame.ts) starts the studio's own worker: same worker build as the studio's.
    worker: { format: 'es', plugins: () => [libheifNodeStubs()] },
    build: {
      outDir: join(out, 'chrome'),
      emptyOutDir: true,
      target: 'chrome120',
      // Chrome has had modulepreload since 66: the polyfill would only weigh on the popup's budget.
      modulePreload: { polyfill: false },
      rollupOptions: { input: { engine: join(root, 'engine/index.html') } },
    },
  };
}
