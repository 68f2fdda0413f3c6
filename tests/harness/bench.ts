// The benchmark page (tests/bench/run.mjs drives it): four ways from a phone JPEG to a 413×531 ID photo, timed in
// turns in one page so that they share the machine's noise, each output scored by SSIM against one reference.
import { compareEncoders, curve, outputCanvas } from './bench-encode';
import { croppedJpeg, outputLuma, phoneJpeg, referenceLuma, type Box, type Size } from './bench-input';
import { bic, bicWorkerFailures, canvas, engine, floor, ours, spec, type Sample } from './bench-methods';
import { ssim, ssimSelfTest } from './ssim';

type Method = 'floor' | 'ours' | 'bic' | 'bicCrop' | 'canvas';
const methods: Method[] = ['floor', 'ours', 'bic', 'bicCrop', 'canvas'];

async function measure(input: Size & { label: string }, fixture: ImageBitmap, runs: number, warmups: number) {
  const made = await phoneJpeg(fixture, input);
  const file = made.blob;
  const first = await engine.process(file, spec, { analyse: false, encode: 'highest' });
  if (!first.ok) throw new Error(`engine: ${first.error.code}`);
  const box: Box = first.frame; // the frame ours chose: every method and the reference see the same pixels
  const encoders = await compareEncoders(await outputCanvas(file, first.frame), runs);
  const reference = await referenceLuma(file, box, spec);
  const crop = await croppedJpeg(file, box);
  const run: Record<Method, () => Promise<Sample>> = {
    floor: () => floor(file),
    ours: () => ours(file),
    bic: () => bic(file),
    bicCrop: () => bic(crop),
    canvas: () => canvas(file, box),
  };
  const samples = Object.fromEntries(methods.map(m => [m, [] as Sample[]])) as Record<Method, Sample[]>;
  const oursBytes: (number | null)[] = []; // every run, warm-ups included: the cap holds always or it does not
  for (let i = 0; i < warmups + runs; i++) {
    // The order turns each run, so no method always follows the one that left the most garbage behind.
    for (const method of methods.map((_, k) => methods[(k + i) % methods.length]!)) {
      const sample = await run[method]();
      if (method === 'ours') oursBytes.push(sample.output?.size ?? null);
      if (i >= warmups) samples[method].push(sample);
    }
    console.log(`${input.label}: run ${i + 1}/${warmups + runs}${i < warmups ? ' (warm-up)' : ''}`);
  }
  const score = async (output: Blob | null | undefined, withSsim = true) => {
    if (!output) return { bytes: null, ssim: null, dims: null };
    const out = await outputLuma(output, spec);
    const quality = withSsim ? ssim(reference, out.luma, spec.width, spec.height) : null;
    return { bytes: output.size, ssim: quality, dims: out.dims };
  };
  const scored = (method: Method, withSsim = true) =>
    Promise.all(samples[method].map(s => score(s.output, withSsim)));
  // "At equal or fewer bytes": ours again, capped at what BIC produced (not timed).
  const bicBytes = samples.bicCrop[0]?.output?.size ?? spec.maxBytes;
  const matched = await engine.process(
    file,
    { ...spec, maxBytes: bicBytes },
    { analyse: false, encode: 'highest' },
  );
  return {
    input: input.label,
    size: `${input.width}×${input.height}`,
    file: { bytes: file.size, noise: made.noise, quality: made.quality },
    frame: box,
    runs,
    ms: Object.fromEntries(methods.map(m => [m, samples[m].map(s => s.ms)])) as Record<Method, number[]>,
    outputs: { ours: await scored('ours'), bicCrop: await scored('bicCrop'), canvas: await scored('canvas') },
    bicFull: await scored('bic', false), // another frame: bytes and size only
    oursBytes,
    oursStages: samples.ours.map(s => s.stages!),
    oursAtBicBytes: await score(matched.ok ? matched.output?.blob : null),
    encoders,
  };
}

const inputs = {
  '12MP': { width: 4032, height: 3024 },
  '24MP': { width: 5712, height: 4284 },
};
type Options = { fixtureUrl: string; input: keyof typeof inputs; runs: number; warmups: number };

/** One input, start to end: the driver calls it once per input, so a page reload costs one case, not all. */
async function run({ fixtureUrl, input, runs, warmups }: Options) {
  ssimSelfTest();
  await engine.warmUp();
  const fixture = await createImageBitmap(await (await fetch(fixtureUrl)).blob());
  const result = await measure({ label: input, ...inputs[input] }, fixture, runs, warmups);
  if (bicWorkerFailures())
    throw new Error(`BIC's worker failed ${bicWorkerFailures()}×: it ran on the main thread`);
  return { ...result, spec };
}

/** Both encoders on real photos, each framed by the engine's face analysis (the studio's own output canvas). */
async function encoding({ urls, runs }: { urls: string[]; runs: number }) {
  await engine.warmUp();
  const out = [];
  for (const url of urls) {
    const canvas = await outputCanvas(await (await fetch(url)).blob());
    out.push(await compareEncoders(canvas, runs));
  }
  return out;
}

/** The score against quality curve of one photo, on its output canvas (tests/bench/run.mjs --curve). */
async function photoCurve({ url, qualities, keep }: { url: string; qualities: number[]; keep: number[] }) {
  return curve(await outputCanvas(await (await fetch(url)).blob()), qualities, keep);
}

const bench = { run, encoding, curve: photoCurve };
declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
// scripts/engine-page.mjs waits for harness.ready (typed by main.ts for the engine page, hence the assign).
Object.assign(window, { harness: { ready: true } });
