import { verdictOf, type Frame, type PhotoResult, type RenderOptions } from '../shared/engine';
import { checkLimits, type PhotoSpec } from '../shared/profiles';
import { personMask } from './analyse/segment';
import { faceOnOutput, showsSource } from './analyse/step';
import { runChecks } from './checks/registry';
import { decode } from './decode/decode';
import { encode } from './encode/encode';
import { clampInside, fitFaceFrame, type Fit } from './frame/fit';
import { centredFrame, frameRegion, scaleFrame } from './frame/frame';
import { resize } from './resize/resize';
import type { Opened } from './session';

/**
 * One frame of an opened photo: decode its region → resize → encode → checks, each stage timed. The frame is the
 * caller's (kept inside the photo), or the face's by the ID photo rules, or a centred one.
 */
export async function render(opened: Opened, spec: PhotoSpec, options: RenderOptions): Promise<PhotoResult> {
  const { file, info, analysed } = opened;
  const { faces } = analysed;
  const lang = options.lang ?? 'fr';
  const limits = checkLimits(spec);
  const clock = stopwatch();
  const landmarks = options.face ?? faces?.main.landmarks;
  const hair = options.face ? undefined : faces?.main.hair?.top;
  const { frame, fit }: { frame: Frame; fit: Fit } = options.frame
    ? { frame: clampInside(options.frame, info), fit: 'clamped' }
    : landmarks
      ? fitFaceFrame(landmarks, spec, limits, info, hair)
      : { frame: centredFrame(info, spec), fit: 'ideal' };
  const framed = clock.lap();
  const region = frameRegion(frame, info, spec);
  const bitmap = await decode(file, info, region);
  const decoded = clock.lap();
  try {
    // The bitmap holds only the region, scaled: the frame moves into its pixels.
    const local = { ...frame, x: frame.x - region.x, y: frame.y - region.y };
    const canvas = await resize(bitmap, scaleFrame(local, bitmap.width / region.width), spec);
    const resized = clock.lap();
    const encoded = await encode(canvas, spec, options.encode);
    const encodedAt = clock.lap();
    // Segmentation reads the output itself (the head and shoulders it was made for): it counts as analysis.
    const mask = faces && analysed.analysis === 'done' ? await personMask(canvas) : null;
    const segmented = clock.lap();
    const checks = runChecks({
      lang,
      spec,
      limits,
      frame,
      fit,
      source: { width: info.width, height: info.height },
      faces,
      analysis: analysed.analysis,
      ...(faces ? faceOnOutput(faces, frame, spec) : { face: null, faceBox: null }),
      inSource: showsSource(frame, spec, info),
      output: canvas,
      mask,
      pixels: canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height),
      encoded: { fits: encoded.fits, bytes: encoded.blob.size },
    });
    const checked = clock.lap();
    const { blob, quality, fits } = encoded;
    return {
      ok: true,
      verdict: verdictOf(checks),
      checks,
      output: fits ? { blob, width: spec.width, height: spec.height, bytes: blob.size, quality } : null,
      frame,
      source: { width: info.width, height: info.height },
      ...(faces && { face: faces.main }),
      ...(analysed.analysis === 'later' && { facesLater: true as const }),
      ...(analysed.preview && { preview: analysed.preview }),
      timings: {
        decode: decoded,
        analyse: segmented,
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
