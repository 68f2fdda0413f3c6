// Face analysis in the benchmark: what the first photo downloads (the files under /human/, human's code among them,
// as the studio's page fetches them: .bin as is, the rest in Brotli) and how long analysis takes, first (download,
// compile and model load included) and later, in the studio's own worker. Figures against the budgets, not
// timed tests.
import { fileURLToPath } from 'node:url';
import { openEnginePage } from '../../scripts/engine-page.mjs';
import { downloadList } from '../../workers/analyse/assets.mjs';

const budgets = { wireBytes: 3_000_000, firstMs: 1500, laterMs: 600 };

/** @param {number} runs */
export async function benchFace(runs) {
  // One wasm build (SIMD on every current browser), human's code and the model files.
  const files = downloadList()
    .filter(file => file.simd !== false)
    .map(({ path, bytes, wire }) => ({ name: path.split('/').slice(3).join('/'), raw: bytes, wire }));
  const bytes = { raw: files.reduce((s, f) => s + f.raw, 0), wire: files.reduce((s, f) => s + f.wire, 0) };

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
    console.log(
      `  ${f.name.padEnd(40)} ${String(f.raw).padStart(9)} B ${String(f.wire).padStart(9)} B on the wire`,
    );
  console.log(
    `  downloaded once: ${bytes.wire} B (budget ${budgets.wireBytes}) ${verdict(bytes.wire <= budgets.wireBytes)}`,
  );
  console.log(
    `  first analysis: ${Math.round(first)} ms (budget ${budgets.firstMs}) ${verdict(first <= budgets.firstMs)}`,
  );
  console.log(
    `  later analyses: median ${Math.round(median)} ms of ${later.length} (budget ${budgets.laterMs}) ${verdict(median <= budgets.laterMs)}`,
  );
  return { files, bytes, first_ms: first, later_median_ms: median, later_ms: later, budgets };
}
