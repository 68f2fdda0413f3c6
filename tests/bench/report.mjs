// What the benchmark page measured, as medians, a table and the targets (reported, never asserted).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const median = (/** @type {number[]} */ xs, digits = 1) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return Number(m.toFixed(digits));
};
/** Median of a field over runs; null when any run produced nothing (a null must not hide in a median). */
const medianOf = (/** @type {any[]} */ outputs, /** @type {string} */ key) =>
  outputs.some(o => o[key] === null)
    ? null
    : median(
        outputs.map(o => o[key]),
        key === 'ssim' ? 4 : 0,
      );

/** One case of results.json from the raw samples of the page. */
export const summarise = (/** @type {any} */ c) => ({
  input: c.input,
  size: c.size,
  file_bytes: c.file.bytes,
  runs: c.runs,
  decode_floor_ms: median(c.ms.floor),
  ours_ms: median(c.ms.ours),
  bic_ms: median(c.ms.bic),
  bic_precrop_ms: median(c.ms.bicCrop),
  canvas_ms: median(c.ms.canvas),
  ours_bytes: medianOf(c.outputs.ours, 'bytes'),
  bic_bytes: medianOf(c.outputs.bicCrop, 'bytes'),
  canvas_bytes: medianOf(c.outputs.canvas, 'bytes'),
  ours_ssim: medianOf(c.outputs.ours, 'ssim'),
  bic_ssim: medianOf(c.outputs.bicCrop, 'ssim'),
  canvas_ssim: medianOf(c.outputs.canvas, 'ssim'),
  ours_max_bytes: c.oursBytes.includes(null) ? null : Math.max(...c.oursBytes),
  ours_at_bic_bytes: {
    bytes: c.oursAtBicBytes.bytes,
    ssim: c.oursAtBicBytes.ssim === null ? null : median([c.oursAtBicBytes.ssim], 4),
  },
  ours_stages_ms: Object.fromEntries(
    Object.keys(c.oursStages[0]).map(k => [k, median(c.oursStages.map((/** @type {any} */ t) => t[k]))]),
  ),
  bic_output_size: { full: c.bicFull[0]?.dims, precrop: c.outputs.bicCrop[0]?.dims },
});

const fmt = (/** @type {number | null} */ n, digits = 0) =>
  n === null || Number.isNaN(n) ? '—' : n.toFixed(digits);
const verdict = (/** @type {boolean} */ ok) => (ok ? 'PASS' : 'MISS');

/** The table of one case and its targets, as ratios to what was measured in the same page and run. */
export function print(/** @type {ReturnType<typeof summarise>} */ c, /** @type {number} */ cap) {
  const row = (name = '', ms = NaN, bytes = NaN, ssim = NaN, note = '') =>
    console.log(
      `  ${name.padEnd(36)}${fmt(ms).padStart(6)} ms${fmt(bytes).padStart(8)} B${fmt(ssim, 4).padStart(8)}  ${note}`,
    );
  const file = `${c.size}, ${(c.file_bytes / 1e6).toFixed(2)} MB`;
  console.log(`\n${c.input} (${file}): median of ${c.runs} runs; SSIM on luma vs an area-average reference`);
  row('decode floor: cIB in a worker', c.decode_floor_ms);
  row('ours: engine.process, no face', c.ours_ms, c.ours_bytes, c.ours_ssim);
  const stages = Object.entries(c.ours_stages_ms).map(([k, v]) => `${k} ${v.toFixed(0)}`);
  console.log(`    (in the worker, ms: ${stages.join(', ')})`);
  row('BIC: full photo, fit 531 px', c.bic_ms, NaN, NaN, `→ ${c.bic_output_size.full}, another frame`);
  row(
    'BIC: pre-cropped JPEG, fit 531 px',
    c.bic_precrop_ms,
    c.bic_bytes,
    c.bic_ssim,
    `→ ${c.bic_output_size.precrop}`,
  );
  row('canvas: drawImage + q 0.8, main', c.canvas_ms, c.canvas_bytes, c.canvas_ssim);
  const matched = c.ours_at_bic_bytes;
  row('ours, capped at BIC’s bytes', NaN, matched.bytes ?? NaN, matched.ssim ?? NaN, 'not timed');
  const [vsFloor, vsBic] = [c.ours_ms / c.decode_floor_ms, c.ours_ms / c.bic_ms];
  const fits = c.ours_max_bytes !== null && c.ours_max_bytes <= cap;
  const better = matched.ssim !== null && c.bic_ssim !== null && matched.bytes <= c.bic_bytes;
  console.log(`  ours / decode floor  ${vsFloor.toFixed(2)}  target ≤ 1.5  ${verdict(vsFloor <= 1.5)}`);
  console.log(`  ours / BIC (full)    ${vsBic.toFixed(2)}  target ≤ 0.7  ${verdict(vsBic <= 0.7)}`);
  console.log(`  ours bytes, max of every run  ${fmt(c.ours_max_bytes)} ≤ ${cap}  ${verdict(fits)}`);
  console.log(
    `  ours SSIM at ≤ BIC’s bytes  ${fmt(matched.ssim, 4)} ≥ ${fmt(c.bic_ssim, 4)}  ${verdict(better && matched.ssim >= c.bic_ssim)}`,
  );
}

/** The engine worker as shipped by the last `npm run build` (the dev server's modules are not what users load). */
export function workerBundle(/** @type {string} */ assets) {
  try {
    const [newest] = readdirSync(assets)
      .filter(name => /^engine\.worker-.*\.js$/.test(name))
      .map(name => `${assets}/${name}`)
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
    return newest ? { raw: statSync(newest).size, gzip: gzipSync(readFileSync(newest)).length } : null;
  } catch {
    return null; // no build yet
  }
}
