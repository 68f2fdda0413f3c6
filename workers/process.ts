import { verdictOf, type Box, type Check, type ErrorCode } from '../shared/engine';
import type { Lang } from '../shared/i18n/lang';
import { checkLimits, type PhotoSpec } from '../shared/profiles';
import { analyseSource, faceOnOutput, showsSource, startLoadingHuman, type Analysed } from './analyse/step';
import { runChecks } from './checks/registry';
import { decode, releaseDecoded } from './decode/decode';
import { encode } from './encode/encode';
import { EngineError, errorMessage } from './errors';
import {
  centredFrame,
  faceFrame,
  frameRegion,
  scaleFrame,
  type FaceLandmarks,
  type Frame,
} from './frame/frame';
import { resize } from './resize/resize';
import { guard } from './sniff/guard';

/**
 * `frame` (an adjusted crop) wins over `face` (landmarks to frame by the ID photo rules), which wins over the face
 * analysis finds, which wins over a centred crop; all in source pixels, as the photo is displayed (EXIF orientation
 * applied). `analyse: false` skips face analysis and the preview (the benchmark's bare pipeline); face checks then
 * say they could not run.
 */
export type ProcessOptions = {
  lang?: Lang;
  frame?: Frame;
  face?: FaceLandmarks;
  analyse?: boolean;
  /**
   * How long the photo may wait for the face models' first download before going on without them (`facesLater`);
   * no limit by default. The studio bounds it: on a weak link, 2.3 MB can take minutes.
   */
  faceWaitMs?: number;
};
export type Timings = {
  decode: number;
  analyse: number;
  frame: number;
  resize: number;
  encode: number;
  checks: number;
  total: number;
};
export type FaceAnalysis = {
  box: Box;
  landmarks: FaceLandmarks;
  /** Degrees. */
  angles: { yaw: number; pitch: number; roll: number };
  /** How many faces were found in all. */
  count: number;
};
export type PhotoOutput = { blob: Blob; width: number; height: number; bytes: number; quality: number };

export type PhotoResult =
  | {
      ok: true;
      verdict: ReturnType<typeof verdictOf>;
      checks: Check[];
      /** Null only when even the minimum quality does not fit the cap: the engine never returns a file over it. */
      output: PhotoOutput | null;
      frame: Frame;
      /** The source as displayed (EXIF orientation applied), in pixels: the space of `frame` and `face`. */
      source: { width: number; height: number };
      /** What face analysis found, in source pixels; absent when it found no face or did not run. */
      face?: FaceAnalysis;
      /** The face models were still downloading (`faceWaitMs`): once `engine.faceModels()` says so, process again. */
      facesLater?: true;
      /**
       * A copy of the whole source, at most about 1024 px on its long side (the one face analysis reads), for a page
       * to show and adjust the frame on; `scale` = preview pixels per source pixel.
       */
      preview?: { blob: Blob; scale: number };
      timings: Timings;
    }
  | { ok: false; error: { code: ErrorCode; message: string } };

/** One photo through decode → frame → resize → encode, each stage timed. Never throws: errors are answers. */
export async function process(
  file: Blob,
  spec: PhotoSpec,
  options: ProcessOptions = {},
): Promise<PhotoResult> {
  const lang = options.lang ?? 'fr';
  try {
    return await run(file, spec, options, lang);
  } catch (error) {
    const known = error instanceof EngineError;
    const code = known ? error.code : 'engine.internal';
    if (!known) console.error('engine', error);
    return { ok: false, error: { code, message: errorMessage(lang, code, known ? error.params : {}) } };
  } finally {
    releaseDecoded();
  }
}

async function run(file: Blob, spec: PhotoSpec, options: ProcessOptions, lang: Lang): Promise<PhotoResult> {
  const clock = stopwatch();
  const info = await guard(file, lang);
  const analysing = options.analyse !== false;
  if (analysing) startLoadingHuman();
  const sniffed = clock.lap();
  const analysis: Analysed = analysing
    ? await analyseSource(file, info, options.faceWaitMs)
    : { faces: null, analysis: 'unavailable', preview: undefined };
  const analysed = clock.lap();
  const { faces } = analysis;
  const frame =
    options.frame ??
    ((options.face ?? faces?.main.landmarks)
      ? faceFrame(options.face ?? faces!.main.landmarks, spec)
      : centredFrame(info, spec));
  const framed = clock.lap();
  const region = frameRegion(frame, info, spec);
  const bitmap = await decode(file, info, region);
  const decoded = sniffed + clock.lap();
  try {
    // The bitmap holds only the region, scaled: the frame moves into its pixels.
    const local = { ...frame, x: frame.x - region.x, y: frame.y - region.y };
    const canvas = await resize(bitmap, scaleFrame(local, bitmap.width / region.width), spec);
    const resized = clock.lap();
    const encoded = await encode(canvas, spec);
    const encodedAt = clock.lap();
    const checks: Check[] = runChecks({
      lang,
      spec,
      limits: checkLimits(spec),
      frame,
      source: { width: info.width, height: info.height },
      faces,
      analysis: analysis.analysis,
      ...(faces ? faceOnOutput(faces, frame, spec) : { face: null, faceBox: null }),
      inSource: showsSource(frame, spec, info),
      output: canvas,
      pixels: canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height),
      encoded: { fits: encoded.fits, bytes: encoded.blob.size },
    });
    const checked = clock.lap();
    const output = encoded.fits
      ? {
          blob: encoded.blob,
          width: spec.width,
          height: spec.height,
          bytes: encoded.blob.size,
          quality: encoded.quality,
        }
      : null;
    return {
      ok: true,
      verdict: verdictOf(checks),
      checks,
      output,
      frame,
      source: { width: info.width, height: info.height },
      ...(faces && { face: faces.main }),
      ...(analysis.analysis === 'later' && { facesLater: true as const }),
      ...(analysis.preview && { preview: analysis.preview }),
      timings: {
        decode: decoded,
        analyse: analysed,
        frame: framed,
        resize: resized,
        encode: encodedAt,
        checks: checked,
        total: clock.total(),
      },
    };
  } finally {
    bitmap.close();
  }
}

function stopwatch() {
  const start = performance.now();
  let last = start;
  return {
    /** Milliseconds since the previous lap. */
    lap() {
      const now = performance.now();
      const elapsed = now - last;
      last = now;
      return elapsed;
    },
    total: () => performance.now() - start,
  };
}
