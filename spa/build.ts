import { resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import solid from 'vite-plugin-solid';
import * as v from 'valibot';
import { describeIssues } from '../shared/profiles/parse';
import { profiles } from '../shared/profiles';
import { ProfileSchema } from '../shared/profiles/schema';
import { humanAssets } from '../workers/analyse/assets.mjs';
import { intakePlugin } from './intake/plugin';
import { pwa } from './pwa/config';
import { servingHeaders } from './serve/headers';

const root = resolve(import.meta.dirname, '..');

/**
 * Everything comes from our own origin: no CDN, no analytics. 'wasm-unsafe-eval' is for pica's wasm resizer; blob:
 * images are the previews of the person's own photo.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(self), geolocation=(), microphone=()',
};

/** A shipped profile that does not validate stops the build, naming the file and the field. */
function validateProfiles(): Plugin {
  return {
    name: 'trombine:validate-profiles',
    buildStart() {
      for (const profile of profiles) {
        const result = v.safeParse(ProfileSchema, profile);
        if (!result.success)
          this.error(
            `shared/profiles/${profile.id}.json:\n${describeIssues(result.issues, 'fr').join('\n')}`,
          );
      }
    },
  };
}

/** Static hosting has no headers to set: the built page carries its policy in a meta tag as well. */
function cspMeta(): Plugin {
  return {
    name: 'trombine:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: contentSecurityPolicy.replace(/; frame-ancestors[^;]*/, ''),
        },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * libheif-js's glue has a node code path (fs, path, crypto) that never runs in a browser: give it empty modules
 * instead of Vite's "externalized for browser compatibility" warnings.
 */
export function libheifNodeStubs(): Plugin {
  const stub = '\0trombine:node-stub';
  return {
    name: 'trombine:libheif-node-stubs',
    enforce: 'pre',
    resolveId: (id, importer) =>
      ['fs', 'path', 'crypto'].includes(id) && importer?.includes('/libheif-js/') ? stub : undefined,
    load: id => (id === stub ? 'export default {};' : undefined),
  };
}

const port = Number(process.env.PORT) || 5173;

/** The studio: `vite build` → dist/, served with the local intake by `vite preview` (npm start) and `vite` (dev). */
export function spaConfig(): UserConfig {
  return {
    root: resolve(root, 'spa'),
    publicDir: resolve(root, 'spa/public'),
    plugins: [
      solid(),
      validateProfiles(),
      cspMeta(),
      servingHeaders(),
      intakePlugin({ dir: process.env.INTAKE_DIR ?? resolve(root, '.intake') }),
      humanAssets(),
      pwa(),
    ],
    worker: { format: 'es', plugins: () => [libheifNodeStubs()] },
    build: { outDir: resolve(root, 'dist'), emptyOutDir: true, target: 'es2022' },
    server: { host: '127.0.0.1', port, strictPort: true },
    preview: { host: '127.0.0.1', port, strictPort: true, headers: securityHeaders },
  };
}
