// What the benchmark page measured, as medians, a table and the targets (reported, never asserted).
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
  encoders: encoders([c.encoders]),
});

/**
 * The two encoders over photos (one `compareEncoders` result each): medians of bytes, quality and SSIMULACRA 2,
 * and of the time from canvas to JPEG, with the time ratio of ours to the baseline's.
 */
export function encoders(/** @type {any[]} */ photos) {
  const side = (/** @type {'baseline' | 'ours'} */ name) => ({
    bytes: median(
      photos.map(p => p[name].bytes ?? NaN),
      0,
    ),
    quality: median(
      photos.map(p => p[name].quality),
      2,
    ),
    score: median(
      photos.map(p => p[name].score ?? NaN),
      2,
    ),
    ms: median(photos.map(p => median(p[name].ms))),
  });
  const [baseline, ours] = [side('baseline'), side('ours')];
  const total = (/** @type {'baseline' | 'ours'} */ name) =>
    photos.reduce((sum, p) => sum + (p[name].bytes ?? 0), 0);
  return {
    photos: photos.length,
    baseline,
    ours,
    bytes_ratio: Number((total('ours') / total('baseline')).toFixed(3)),
    time_ratio: Number((ours.ms / baseline.ms).toFixed(2)),
  };
}

/** One line per encoder: median bytes, quality, score and time. */
export function printEncoders(/** @type {string} */ title, /** @type {ReturnType<typeof encoders>} */ e) {
  console.log(
    `\n${title} (${e.photos} photo${e.photos > 1 ? 's' : ''}, medians; SSIMULACRA 2 against the canvas)`,
  );
  for (const [name, side] of [
    ['today: highest quality under the cap', e.baseline],
    ['ours: lowest visually lossless (≥ 90)', e.ours],
  ])
    console.log(
      `  ${String(name).padEnd(40)}${fmt(side.bytes).padStart(7)} B  q ${side.quality.toFixed(2)}  score ${side.score.toFixed(2)}  ${side.ms.toFixed(1)} ms`,
    );
  console.log(`  bytes ours / today (all photos) ${e.bytes_ratio}; encode time ours / today ${e.time_ratio}`);
}

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
  printEncoders(`${c.input}: the encoder on ours' canvas`, c.encoders);
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

const fixtures = (/** @type {string} */ dir) =>
  fileURLToPath(new URL(`../fixtures/${dir}/`, import.meta.url));
/** Every photo of people the project has: the 65 real ones (labelled in their README) and the three video frames. */
export const allPhotos = () =>
  ['real', 'photos'].flatMap(dir =>
    readdirSync(fixtures(dir))
      .filter(name => /\.jpe?g$/i.test(name))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
      .map(name => `${fixtures(dir)}${name}`),
  );

/**
 * `npm run bench -- --curve FILE [--dump DIR]`: SSIMULACRA 2 and bytes against JPEG quality on every photo's output
 * canvas (framed by the engine, demo profile), the study the encoder's threshold was read from; with --dump, the
 * canvas as PNG and a few JPEGs per photo, to look at and to score with other tools.
 */
export async function encodeCurve(
  /** @type {any} */ page,
  /** @type {(path: string) => string} */ inputUrl,
  /** @type {string} */ out,
  /** @type {string | undefined} */ dump,
) {
  const qualities = [0.3, 0.4, 0.5, 0.6, ...Array.from({ length: 31 }, (_, i) => (70 + i) / 100)];
  const keep = dump ? [0.75, 0.8, 0.85, 0.88, 0.9, 0.92, 0.95] : [];
  const curves = [];
  for (const path of allPhotos()) {
    const name = path.split('/').pop();
    const url = inputUrl(path);
    const { points, files } = await page.evaluate(
      (/** @type {any} */ o) => window.bench.curve(o),
      /** @type {any} */ ({ url, qualities, keep }),
    );
    curves.push({ name, points });
    if (dump) {
      mkdirSync(`${dump}/${name}`, { recursive: true });
      for (const [file, data] of Object.entries(files))
        writeFileSync(`${dump}/${name}/${file}`, Buffer.from(data, 'base64'));
    }
    console.log(
      `${name}: ${points.map((/** @type {any} */ p) => `${Math.round(p.quality * 100)}:${p.score.toFixed(1)}`).join(' ')}`,
    );
  }
  writeFileSync(out, `${JSON.stringify(curves)}\n`);
  const at = (/** @type {number} */ q) =>
    curves.map(c => c.points.find((/** @type {any} */ p) => p.quality === q));
  const pct = (/** @type {number[]} */ xs, /** @type {number} */ p) =>
    [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))];
  console.log(`\nquality  score p10 / median / p90   bytes median (${curves.length} photos)`);
  for (const q of qualities) {
    const points = at(q);
    const scores = points.map(p => p.score);
    console.log(
      `${q.toFixed(2)}  ${pct(scores, 0.1).toFixed(1)} / ${pct(scores, 0.5).toFixed(1)} / ${pct(scores, 0.9).toFixed(1)}   ${pct(
        points.map(p => p.bytes),
        0.5,
      )}`,
    );
  }
  for (const threshold of [80, 85, 88, 90]) {
    // The lowest quality from which every higher one scores at least the threshold; null when even 1.00 does not.
    const crossing = curves.map(c => {
      let lowest = null;
      for (const p of [...c.points].reverse()) {
        if (p.quality < 0.7 || p.score < threshold) break;
        lowest = p.quality;
      }
      return lowest;
    });
    const reached = crossing.filter(q => q !== null && q <= 0.95);
    console.log(
      `threshold ${threshold}: reached at ≤ 0.95 by ${reached.length}/${curves.length}; quality p10 / median / p90 ${[0.1, 0.5, 0.9].map(p => (reached.length ? pct(reached, p) : NaN).toFixed(2)).join(' / ')}`,
    );
  }
}
