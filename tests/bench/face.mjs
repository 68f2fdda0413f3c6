// Face analysis in the benchmark: what the first photo downloads (human's code and the files under /human/, gzip
// as a server would send them) and how long analysis takes, first (download, compile and model load included)
// and later, in the studio's own worker. Figures against the budgets, not timed tests.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { openEnginePage } from '../../scripts/engine-page.mjs';
import { humanFiles } from '../../workers/analyse/assets.mjs';

const budgets = { gzipBytes: 3_000_000, firstMs: 1500, laterMs: 600 };
const gzip = path => gzipSync(readFileSync(path), { level: 9 }).length;

/** @param {number} runs */
export async function benchFace(runs) {
  // The worker fetches one wasm build (SIMD on every current browser), human's bundle and the model files.
  const humanCode = fileURLToPath(
    new URL('../../node_modules/@vladmandic/human/dist/human.esm.js', import.meta.url),
  );
  const fetched = [...humanFiles].filter(([url]) => !url.endsWith('/tfjs-backend-wasm.wasm'));
  const files = [['human.esm.js', humanCode], ...fetched].map(([name, path]) => ({
    name,
    raw: readFileSync(path).length,
    gzip: gzip(path),
  }));
  const bytes = { raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };

  const { page, inputUrl, close } = await openEnginePage();
  const photo = inputUrl(fileURLToPath(new URL('../fixtures/real/img49.jpg', import.meta.url)));
  const times = [];
  try {
    for (let i = 0; i <= runs; i++) {
      const result = await page.evaluate(url => window.harness.processUrl(url, 'demo', 'fr'), photo);
      if (!result.ok || !result.face) throw new Error('face analysis found no face in the benchmark photo');
      times.push(result.timings.analyse);
    }
  } finally {
    await close();
  }
  const [first, ...later] = times;
  const median = later.sort((a, b) => a - b)[later.length >> 1];
  const verdict = ok => (ok ? 'PASS' : 'MISS');
  console.log(
    '\nface analysis and segmentation (human, WASM; a 4352 × 2903 photo: pass 1 at 1024 px, pass 2 on the face, mask on the output)',
  );
  for (const f of files)
    console.log(`  ${f.name.padEnd(40)} ${String(f.raw).padStart(9)} B ${String(f.gzip).padStart(9)} B gzip`);
  console.log(
    `  downloaded once: ${bytes.gzip} B gzip (budget ${budgets.gzipBytes}) ${verdict(bytes.gzip <= budgets.gzipBytes)}`,
  );
  console.log(
    `  first analysis: ${Math.round(first)} ms (budget ${budgets.firstMs}) ${verdict(first <= budgets.firstMs)}`,
  );
  console.log(
    `  later analyses: median ${Math.round(median)} ms of ${later.length} (budget ${budgets.laterMs}) ${verdict(median <= budgets.laterMs)}`,
  );
  return { files, bytes, first_ms: first, later_median_ms: median, later_ms: later, budgets };
}
