#!/usr/bin/env node
// Weight budgets over the built studio (dist/, made by `npm run build` or the end-to-end tests), gzip as served.
// Prints each figure against its budget, exits 1 above any; with BUDGETS_COUNTS=file, writes {passed, failed} there.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const KB = 1000;
/** What the issue asks (issue 5, "Offline, weight, privacy"). */
const budgets = { initialJs: 50 * KB, css: 15 * KB, firstLoad: 150 * KB };
/** Loaded only when a photo needs them: the HEIC decoder (libheif and its wasm) and the face models. */
const lazyEngine = /heic|libheif|human|\.wasm$/;

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/index.html introuvable : lancez « npm run build » d’abord.`);
  process.exit(1);
}
const files = dir =>
  readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [relative(dist, path)];
  });
const gzipped = file => gzipSync(readFileSync(join(dist, file))).length;
const sum = list => list.reduce((total, file) => total + gzipped(file), 0);

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const referenced = pattern => [...html.matchAll(pattern)].map(m => m[1].replace(/^\//, ''));
/** The entry script and what it preloads: JavaScript that runs before anything shows. */
const initialJs = [
  ...referenced(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...referenced(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
];
const css = files(dist).filter(file => file.endsWith('.css'));
/** A first visit downloads the page, its manifest, the service worker and everything the worker precaches. */
const sw = existsSync(join(dist, 'sw.js')) ? readFileSync(join(dist, 'sw.js'), 'utf8') : '';
const precached = [...sw.matchAll(/"?url"?:\s*"([^"]+)"/g)].map(m => m[1]);
const workbox = files(dist).filter(file => /^workbox-[\w-]+\.js$/.test(file));
const firstLoad = [
  ...new Set(['index.html', ...initialJs, ...css, ...precached, ...workbox, 'sw.js']),
].filter(file => existsSync(join(dist, file)) && !lazyEngine.test(file));

const figures = [
  ['JavaScript initial', sum(initialJs), budgets.initialJs, initialJs],
  ['CSS', sum(css), budgets.css, css],
  ['Première visite (hors moteur paresseux)', sum(firstLoad), budgets.firstLoad, firstLoad],
];
let failed = 0;
for (const [name, bytes, budget, list] of figures) {
  const over = bytes > budget;
  if (over) failed++;
  const kb = n => `${(n / KB).toFixed(1)} KB`;
  console.log(`${over ? '✗' : '✓'} ${name} : ${kb(bytes)} gzip / ${kb(budget)} (${list.length} fichiers)`);
}
/**
 * English is in chunks of its own, fetched when the page picks English (spa/app/i18n.ts) or when the engine has to
 * say something in it: never in what a page loads up front, the initial JavaScript and each page's chunks with their
 * static imports; and precached, so English works offline after one visit. Found by sentences only English has.
 */
const english = [
  'What would you like to do?', // hub.title, shared/i18n/sections/app.en.ts
  'Preparing the photo failed.', // engine.engine.internal, shared/i18n/sections/engine.en.ts
];
const source = file => readFileSync(join(dist, file), 'utf8');
const imported = (file, pattern) => [...source(file).matchAll(pattern)].map(m => `assets/${m[1]}`);
const staticImports = file => imported(file, /(?:from|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g);
const pages = initialJs
  .flatMap(file => imported(file, /import\(\s*["'`]\.\/([\w.-]+\.js)["'`]/g))
  .filter(file => !english.some(sentence => source(file).includes(sentence))); // English's own chunks
const upFront = new Set();
for (const queue = [...initialJs, ...pages]; queue.length;) {
  const file = queue.pop();
  if (upFront.has(file)) continue;
  upFront.add(file);
  queue.push(...staticImports(file));
}
const withEnglish = files(dist).filter(
  file => file.endsWith('.js') && english.some(sentence => source(file).includes(sentence)),
);
const englishProblems = [
  ...english.filter(s => !withEnglish.some(f => source(f).includes(s))).map(s => `« ${s} » introuvable`),
  ...withEnglish.filter(file => upFront.has(file)).map(file => `${file} est chargé d’emblée`),
  ...withEnglish.filter(file => !precached.includes(file)).map(file => `${file} n’est pas précaché`),
];
if (englishProblems.length) failed++;
console.log(
  englishProblems.length
    ? `✗ Anglais : ${englishProblems.join(', ')}`
    : `✓ Anglais hors de ce que les pages chargent d’emblée (${upFront.size} fichiers), précaché (${withEnglish.join(', ')})`,
);
if (!sw) {
  failed++;
  console.log('✗ Pas de service worker (dist/sw.js) : l’application ne s’ouvrirait pas hors ligne.');
}
const checked = figures.length + 2;
if (process.env.BUDGETS_COUNTS)
  writeFileSync(process.env.BUDGETS_COUNTS, JSON.stringify({ passed: checked - failed, failed }));
process.exit(failed ? 1 : 0);
