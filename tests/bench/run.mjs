// `npm run bench [-- --runs 15 --warmups 2]`: drives tests/harness/bench.ts in headless Chromium, prints the table
// and the targets, writes tests/bench/results.json. It reports; it fails only when the tool itself does, or when a
// request leaves 127.0.0.1 (the comparison must not depend on a CDN; BIC's default worker script comes from one).
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openEnginePage } from '../../scripts/engine-page.mjs';
import { benchFace } from './face.mjs';
import {
  allPhotos,
  encodeCurve,
  encoders,
  print,
  printEncoders,
  summarise,
  workerBundle,
} from './report.mjs';

const options = {
  runs: { type: 'string', default: '15' },
  warmups: { type: 'string', default: '2' },
  // The score against quality study of the encoder's threshold, on every photo (see encodeCurve()).
  curve: { type: 'string' },
  dump: { type: 'string' },
};
const { values } = parseArgs({ options: /** @type {const} */ (options) });
const [runs, warmups] = [Number(values.runs), Number(values.warmups)];
if (!(runs >= 1 && warmups >= 0)) throw new Error('--runs must be at least 1 and --warmups at least 0');
if (runs < 7) console.warn(`bench: ${runs} runs is a smoke test, not a measurement (use 7 or more)`);
const here = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));

const { page, inputUrl, close } = await openEnginePage({ page: 'bench.html' });
if (values.curve) {
  try {
    await page.waitForFunction(() => window.bench !== undefined, null, { timeout: 60_000 });
    await encodeCurve(page, inputUrl, values.curve, values.dump);
  } finally {
    await close();
  }
  process.exit(0);
}
/** @type {string[]} */
const foreign = [];
/** @type {any[]} */
const raw = [];
let chromium;
/** @type {any[]} */
let realPhotos = [];
let bicScriptLoads = 0;
try {
  // Every request of the page and of its workers (BIC's included); reloaded so the first load is watched too.
  page.on('request', request => {
    const url = new URL(request.url());
    if (!['blob:', 'data:'].includes(url.protocol) && url.hostname !== '127.0.0.1') foreign.push(url.href);
    if (url.pathname.endsWith('/dist/browser-image-compression.js')) bicScriptLoads++; // its libURL, ours
  });
  page.on('console', message => console.log(`  ${message.text()}`));
  await page.reload();
  await page.waitForFunction(() => window.bench !== undefined, null, { timeout: 60_000 });
  const fixtureUrl = inputUrl(here('../fixtures/photos/franck_02045.jpg'));
  console.log(`bench: ${runs} runs + ${warmups} warm-ups per input (a minute or two on 2 cores)`);
  for (const input of ['12MP', '24MP']) {
    for (let attempt = 1; ; attempt++) {
      try {
        const options = { fixtureUrl, input, runs, warmups };
        raw.push(await page.evaluate(options => window.bench.run(options), options));
        break;
      } catch (error) {
        // Vite reloads the page when a dependency is first optimised or a file it serves changes (other work
        // goes on in this checkout): the case starts again.
        if (attempt === 5 || !/context was destroyed/.test(String(error))) throw error;
        console.log(`bench: the dev server reloaded the page, ${input} starts again`);
        await page.waitForFunction(() => window.bench !== undefined, null, { timeout: 60_000 });
      }
    }
  }
  // The encoder on a sample of the real photos (every fourth, framed by the engine's face analysis).
  const sample = allPhotos()
    .filter(path => path.includes('/real/'))
    .filter((_, i) => i % 4 === 0);
  console.log(`bench: both encoders on ${sample.length} real photos`);
  const options = { urls: sample.map(inputUrl), runs: Math.min(runs, 5) };
  realPhotos = await page.evaluate(options => window.bench.encoding(options), options);
  chromium = page.context().browser()?.version();
} finally {
  await close();
}
if (foreign.length) throw new Error(`requests off 127.0.0.1 (a CDN?):\n${[...new Set(foreign)].join('\n')}`);
if (!bicScriptLoads)
  throw new Error('BIC never loaded its worker script from this origin: what ran was not BIC');

const cases = raw.map(summarise);
const spec = raw[0].spec;
for (const c of cases) print(c, spec.maxBytes);
const encoding = encoders(realPhotos);
printEncoders('real photos (tests/fixtures/real, every fourth)', encoding);
const bundle = workerBundle(here('../../dist/assets'));
if (bundle) console.log(`\nengine worker bundle (dist/, last build): ${bundle.raw} B, ${bundle.gzip} B gzip`);
const machine = {
  cores: cpus().length,
  cpu: cpus()[0]?.model,
  chromium,
  node: process.version,
  date: new Date().toISOString(),
  decode_floor: 'createImageBitmap in a dedicated module worker, timed around the round trip like ours',
};
const face = await benchFace(Math.max(3, Math.min(runs, 10)));
const json = {
  machine,
  spec,
  engine_worker_bundle: bundle,
  cases,
  real_photos_encoding: encoding,
  face_analysis: face,
};
writeFileSync(here('results.json'), `${JSON.stringify(json, null, 2)}\n`);
console.log('\nwritten: tests/bench/results.json; all requests stayed on 127.0.0.1');
