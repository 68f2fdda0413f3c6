// `npm run bench:link [-- --dwell 15 --links 400,2000]`: the built studio, as `npm start` serves it, behind a weak
// link (tests/net/throttle.mjs) at 400 kbit/s / 300 ms and at 2 Mbit/s / 100 ms, as a new user then as a returning
// one, with a full-size phone photo. Prints the times and bytes by kind against the targets and writes them
// to tests/bench/weak-link.json. It reports; it fails only when the tool itself does.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { launchBrowser } from '../chromium.mjs';
import { startThrottle } from '../net/throttle.mjs';

const options = {
  dwell: { type: 'string', default: '15' },
  links: { type: 'string', default: '400,2000' },
  'no-build': { type: 'boolean', default: false },
};
const { values } = parseArgs({ options: /** @type {const} */ (options) });
/** Seconds a person spends on the image-rights step before choosing a photo (reading, ticking, saving). */
const dwellMs = Number(values.dwell) * 1000;
const here = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));

/** The links: down, up, round trip. */
const allLinks = {
  400: { name: '400 kbit/s, 300 ms', downKbps: 400, upKbps: 200, rttMs: 300 },
  2000: { name: '2 Mbit/s, 100 ms', downKbps: 2000, upKbps: 1000, rttMs: 100 },
};
const links = values.links.split(',').map(rate => allLinks[/** @type {'400' | '2000'} */ (rate)]);
/** Targets at 400 kbit/s, first visit (ms). */
const targets = { faces: 60_000, secondVisit: 2_000, receipt: 5_000 };

/** What a request is, for the bytes by kind. */
function kindOf(/** @type {string} */ path) {
  if (path.startsWith('/api/')) return 'photo';
  if (path.startsWith('/human/')) return 'analysis';
  if (/^\/assets\/(engine|libheif|pica|resize)/.test(path)) return 'engine';
  return 'page';
}

if (!values['no-build']) {
  console.log('weak link: building the studio (npm run build)');
  process.env.NODE_ENV = 'production';
  await build({ mode: 'production', logLevel: 'warn', configLoader: 'runner' });
}
process.env.INTAKE_DIR = mkdtempSync(join(tmpdir(), 'trombine-bench-intake-'));
const server = await preview({
  configLoader: 'runner',
  logLevel: 'warn',
  preview: { port: 0, strictPort: false },
});
const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
const browser = await launchBrowser();

/**
 * A full-size phone photo: the labelled real set's acceptable portrait (tests/fixtures/real/img7.jpg, 1363 × 2048)
 * made 3024 × 4544 (13.7 MP, the size of a phone's main camera) by Chromium's own encoder, at a phone's quality.
 */
async function phonePhoto() {
  const page = await browser.newPage();
  const source = readFileSync(here('../fixtures/real/img7.jpg')).toString('base64');
  const made = await page.evaluate(async source => {
    const bytes = Uint8Array.from(atob(source), c => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
    const canvas = new OffscreenCanvas(3024, 4544);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, 3024, 4544);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    return btoa(Array.from(new Uint8Array(await blob.arrayBuffer()), b => String.fromCharCode(b)).join(''));
  }, source);
  await page.close();
  const path = join(mkdtempSync(join(tmpdir(), 'trombine-bench-photo-')), 'phone.jpg');
  writeFileSync(path, Buffer.from(made, 'base64'));
  return path;
}
const photo = await phonePhoto();
const photoBytes = readFileSync(photo).length;

/** Milliseconds since `start` once `until` holds (polled every 50 ms; the bench is not a test: no time-out but 10 min). */
async function after(/** @type {number} */ start, /** @type {() => Promise<boolean>} */ until) {
  for (const limit = Date.now() + 600_000; Date.now() < limit; await new Promise(r => setTimeout(r, 50)))
    if (await until().catch(() => false)) return Date.now() - start;
  throw new Error('weak link: nothing happened in 10 minutes');
}

/**
 * One visit of /photo: the page until it can be used, then (on a first visit, after `dwellMs` on the image-rights
 * step) the photo chosen, framed, analysed, and sent.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} base
 */
async function visit(context, base, first = true) {
  const page = await context.newPage();
  const step = page.locator('h2.step-title');
  const start = Date.now();
  await page.goto(`${base}/photo`, { waitUntil: 'commit' });
  const save = page.getByRole('button', { name: 'Enregistrer mon choix' });
  const another = page.getByRole('button', { name: 'Déposer une autre photo' });
  const interactive = await after(
    start,
    async () => (await save.or(another).count()) > 0 && save.or(another).isEnabled(),
  );
  if (first) {
    await page.waitForTimeout(dwellMs);
    await page.getByLabel('Usage interne').check();
    await save.click();
  } else await another.click();
  await page.locator('#photo-file').waitFor({ state: 'attached' });
  const chosen = Date.now();
  await page.setInputFiles('#photo-file', photo);
  const atStep = (/** @type {number} */ n) => async () =>
    (await step.textContent())?.startsWith(`Étape ${n} `) ?? false;
  const framed = await after(chosen, atStep(3));
  const wizard = page.locator('.wizard');
  const faces = await after(chosen, async () => (await wizard.getAttribute('data-faces')) === 'done');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await after(chosen, atStep(4));
  for (const label of [/J’ai lu les points à vérifier/, /couvre-chef/, /six mois/]) {
    const box = page.getByLabel(label);
    if (await box.count()) await box.check();
  }
  await page.getByRole('button', { name: 'Continuer' }).click();
  await after(chosen, atStep(5));
  const sent = Date.now();
  await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
  const receipt = await after(sent, async () => (await page.getByText(/^Photo reçue \(n° /).count()) > 0);
  await page.close();
  return { interactive_ms: interactive, framed_ms: framed, faces_ms: faces, receipt_ms: receipt };
}

const results = [];
try {
  for (const link of links) {
    const proxy = await startThrottle({ target: origin, ...link });
    const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'allow' });
    // Deposits belong to someone: signed in on the demonstration intake, as after /connexion (before the counting).
    const signedIn = await context.request.post(`${proxy.url}/api/session`, {
      data: { login: 'cmartin', name: 'Camille Martin' },
    });
    if (!signedIn.ok()) throw new Error(`weak link: sign-in answered ${signedIn.status()}`);
    /** @type {Record<string, unknown>} */
    const row = { link: link.name };
    for (const [name, first] of /** @type {const} */ ([
      ['first', true],
      ['second', false],
    ])) {
      proxy.reset();
      proxy.drop(); // a returning person's connections are new ones
      console.log(`weak link: ${link.name}, ${name} visit…`);
      const times = await visit(context, proxy.url, first);
      /** @type {Record<string, number>} */
      const bytes = { page: 0, engine: 0, analysis: 0, photo: 0 };
      for (const exchange of proxy.exchanges) {
        const kind = kindOf(new URL(exchange.path, 'http://x').pathname);
        bytes[kind] = (bytes[kind] ?? 0) + exchange.down + exchange.up;
      }
      row[name] = { ...times, bytes, requests: proxy.exchanges.length };
    }
    results.push(row);
    await context.close();
    await proxy.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const s = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(1)} s`;
const kB = (/** @type {number} */ n) => `${Math.round(n / 1000)} kB`;
const verdict = (/** @type {boolean} */ ok) => (ok ? 'PASS' : 'MISS');
console.log(
  `\nphoto: ${photo} (${(photoBytes / 1e6).toFixed(1)} MB, 3024 × 4544); ${dwellMs / 1000} s on the image-rights step`,
);
for (const row of /** @type {any[]} */ (results)) {
  console.log(`\n${row.link}`);
  for (const name of ['first', 'second']) {
    const r = row[name];
    console.log(
      `  ${name} visit: page usable ${s(r.interactive_ms)}, photo → framed ${s(r.framed_ms)}, photo → face checks ${s(r.faces_ms)}, Envoyer → receipt ${s(r.receipt_ms)}`,
    );
    console.log(
      `    bytes: page ${kB(r.bytes.page)}, engine ${kB(r.bytes.engine)}, analysis ${kB(r.bytes.analysis)}, photo ${kB(r.bytes.photo)} (${r.requests} requests)`,
    );
  }
  if (row.link === allLinks[400].name) {
    console.log(
      `  targets: face checks ≤ ${s(targets.faces)} after the photo: ${verdict(row.first.faces_ms <= targets.faces)}`,
    );
    console.log(
      `           second visit usable ≤ ${s(targets.secondVisit)}: ${verdict(row.second.interactive_ms <= targets.secondVisit)}`,
    );
    console.log(
      `           Envoyer → receipt ≤ ${s(targets.receipt)}: ${verdict(row.first.receipt_ms <= targets.receipt)}`,
    );
  }
}
const machine = {
  cores: cpus().length,
  cpu: cpus()[0]?.model,
  node: process.version,
  date: new Date().toISOString(),
};
const json = {
  machine,
  dwell_s: dwellMs / 1000,
  photo: { width: 3024, height: 4544, bytes: photoBytes },
  targets,
  results,
};
writeFileSync(here('weak-link.json'), `${JSON.stringify(json, null, 2)}\n`);
console.log('\nwritten: tests/bench/weak-link.json');
