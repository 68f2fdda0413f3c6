import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import compression from '@polka/compression';
import type { Connect, Plugin } from 'vite';

/**
 * How long a response may be kept, by path: hashed build assets and the face models (under a path named by their
 * content) never change under their name (a year, immutable); the page, the service worker and the manifest are
 * revalidated on every use, which their ETag makes a 304 of a few bytes.
 */
export function cachePolicy(path: string): string {
  if (path.startsWith('/assets/') || path.startsWith('/human/') || /^\/workbox-[\w-]+\.js$/.test(path))
    return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/**
 * Sent in Brotli (or gzip) by us rather than by Vite's preview, which gzips text only: WASM, which Vite leaves alone,
 * shrinks to a quarter (tfjs's 424 kB → 107 kB), and Brotli takes a fifth off gzip for scripts (human's 400 → 310 kB).
 */
const precompressed = new Map([
  ['.wasm', 'application/wasm'],
  ['.js', 'text/javascript'],
  ['.css', 'text/css'],
  ['.json', 'application/json'],
]);
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Reads and compresses a file once per server (the build does not change under a running `npm start`); a path that
 * is no file is not remembered, so requests for made-up names cannot fill the memory.
 */
function compressedFiles(root: string) {
  const cache = new Map<string, Promise<{ br: Buffer; gzip: Buffer; etag: string } | undefined>>();
  return (path: string) => {
    let entry = cache.get(path);
    if (!entry) {
      const file = normalize(join(root, path));
      entry = file.startsWith(root + sep)
        ? readFile(file).then(
            async raw => ({
              etag: `"${createHash('sha256').update(raw).digest('base64url').slice(0, 22)}"`,
              br: await brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
              gzip: await gzipped(raw, { level: 9 }),
            }),
            () => undefined,
          )
        : Promise.resolve(undefined);
      cache.set(path, entry);
      void entry.then(found => found || cache.delete(path));
    }
    return entry;
  };
}

/**
 * What a CDN in front of the studio would do. In `npm start`: the cache policy above on every answer (it wins over
 * the static server's own `no-cache`), and Brotli or gzip for scripts, styles, JSON and WASM. In `npm run dev`, whose
 * modules are not the build's (Vite revalidates them, and marks its pre-bundled dependencies immutable itself): the
 * face models' year, and Brotli or gzip for every compressible answer, WASM included, which Vite's dev server sends
 * as is.
 */
export function servingHeaders(): Plugin {
  const policy: Connect.NextHandleFunction = (request, response, next) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/api/')) return next(); // the intake says its own (no-store)
    const setHeader = response.setHeader.bind(response);
    response.setHeader = (name, value) =>
      setHeader(name, name.toLowerCase() === 'cache-control' ? cachePolicy(path) : value);
    setHeader('Cache-Control', cachePolicy(path));
    next();
  };
  return {
    name: 'trombine:serving-headers',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://x').pathname;
        if (path.startsWith('/human/')) response.setHeader('Cache-Control', cachePolicy(path));
        next();
      });
      server.middlewares.use(compression({ brotli: true, mimes: /text|javascript|\/json|xml|wasm|svg/i }));
    },
    configurePreviewServer(server) {
      const compressed = compressedFiles(server.config.build.outDir);
      server.middlewares.use(policy);
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://x').pathname;
        const accepts = String(request.headers['accept-encoding'] ?? '');
        const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
        const type = precompressed.get(path.slice(path.lastIndexOf('.')));
        if (request.method !== 'GET' || !encoding || !type) return next();
        void compressed(path).then(files => {
          if (!files) return next();
          // The same ETag for either encoding: it names the file's content (Vary says what else differs).
          response.setHeader('ETag', files.etag);
          response.setHeader('Vary', 'Accept-Encoding');
          if (request.headers['if-none-match'] === files.etag) {
            response.statusCode = 304;
            return void response.end();
          }
          response.setHeader('Content-Type', type);
          response.setHeader('Content-Encoding', encoding);
          response.setHeader('Content-Length', files[encoding].length);
          response.end(files[encoding]);
        }, next);
      });
    },
  };
}
