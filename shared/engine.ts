import type { Lang } from './i18n/lang';
/** Types shared by the engine (workers/) and its callers: what can go wrong and what a check reports. */
export const errorCodes = [
  'file.empty',
  'file.too_large',
  'format.unsupported',
  'image.corrupt',
  'image.too_many_pixels',
  'image.too_small',
  'engine.aborted',
  'engine.internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/**
 * The largest file the engine takes (`file.too_large` above it): known to its callers too, so that one that hands
 * the file across a boundary (the extension's engine frame) can refuse a bigger one at its door.
 */
export const maxFileBytes = 40 * 1024 * 1024;

/** Every check the engine runs, in report order; each is a module in workers/checks/ and a key prefix in i18n. */
export const checkIds = [
  'face.count',
  'face.framing',
  'face.pose',
  'face.resolution',
  'face.eyes_open',
  'face.mouth_closed',
  'image.sharpness',
  'light.exposure',
  'light.uniformity',
  'background.uniform',
  'background.colour',
  'image.colour',
  'glasses.glare',
  'output.bytes',
] as const;
export type CheckId = (typeof checkIds)[number];

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';
/** A rectangle in pixels of the picture it refers to (stated where it is used). */
export type Box = { x: number; y: number; width: number; height: number };
/** Where on the output photo a check applies, so a page can point at it: a box, or the whole background. */
export type CheckArea = Box | 'background';
export type Check = {
  id: CheckId;
  status: CheckStatus;
  value?: number;
  limits?: Record<string, number>;
  /** In the language the engine was asked for. */
  message: string;
  /** The i18n key and parameters behind `message`, so a page can show it again in another language. */
  key?: string;
  params?: Record<string, string | number>;
  /** In output pixels. */
  area?: CheckArea;
};
export type Verdict = 'ok' | 'warnings' | 'blocked';

/** `blocked` if any check fails, `warnings` if any warns, else `ok`. */
export const verdictOf = (checks: readonly Check[]): Verdict =>
  checks.some(c => c.status === 'fail')
    ? 'blocked'
    : checks.some(c => c.status === 'warn')
      ? 'warnings'
      : 'ok';

/*
 * The engine's contract (workers/engine.worker.ts exposes it, workers/bridge.ts carries it): stages and callers
 * import these types from here, never from the engine's internals.
 */

export type Point = { x: number; y: number };
/** Landmarks in source pixels; `leftEye` is the eye on the left of the image. */
export type FaceLandmarks = { leftEye: Point; rightEye: Point; chin: Point };

/**
 * The crop, in source pixels: a width × height rectangle centred on (x + width / 2, y + height / 2), turned by
 * `rotation` degrees (clockwise, about its centre) so that the output comes out level.
 */
export type Frame = { x: number; y: number; width: number; height: number; rotation: number };

export type FaceAnalysis = {
  box: Box;
  landmarks: FaceLandmarks;
  /** Degrees. */
  angles: { yaw: number; pitch: number; roll: number };
  /** How many faces were found in all. */
  count: number;
  /**
   * The top of the head with its hair (the person mask above the eyes), which the landmarks do not reach; `cut`
   * when the hair goes on past the photo's top edge. Absent when the mask could not tell.
   */
  hair?: { top: Point; cut: boolean };
};

/**
 * The Cache Storage where the studio keeps the face analysis's files (/human/…): filled by the page
 * (spa/analysis), read by the service worker's cache-first route and by the engine's worker.
 */
export const faceCacheName = 'trombine-human';

/**
 * `done`; `unavailable` when face analysis could not run (its files could not be downloaded, the backend failed…);
 * `later` when its models were not loaded and the caller said not to fetch them (`faceModels: 'if-loaded'`).
 */
export type Analysis = 'done' | 'unavailable' | 'later';

/** How a photo is analysed once (a session: workers/session.ts). */
export type OpenOptions = {
  /** The language of an error found while opening it. */
  lang?: Lang;
  /**
   * `fetch` (the default): the face models are fetched if need be, however long it takes. `if-loaded`: used only if
   * the worker has them already, never fetched: the studio downloads them itself (spa/analysis), on weak links for
   * minutes, and meanwhile the photo goes on without face analysis (`facesLater`).
   */
  faceModels?: 'fetch' | 'if-loaded';
  /** false skips face analysis and the preview (the benchmark's bare pipeline); face checks then say why. */
  analyse?: boolean;
};

/**
 * How a frame is rendered: `frame` (an adjusted crop) wins over `face` (landmarks to frame by the ID photo rules),
 * which wins over the face analysis found, which wins over a centred crop; all in source pixels, as the photo is
 * displayed (EXIF orientation applied). A frame is always kept inside the photo (moved, then shrunk).
 */
export type RenderOptions = {
  lang?: Lang;
  frame?: Frame;
  face?: FaceLandmarks;
  /**
   * `visually-lossless` (the default): the lowest JPEG quality that still looks like the resized image, under the
   * cap (workers/encode). `highest`: the highest quality under the cap, without the perceptual search's scores (100
   * to 300 ms here): the benchmark's like-for-like comparison with libraries that only fit a cap.
   */
  encode?: 'visually-lossless' | 'highest';
};
export type ProcessOptions = OpenOptions & RenderOptions;

export type Timings = {
  decode: number;
  analyse: number;
  frame: number;
  resize: number;
  encode: number;
  checks: number;
  total: number;
};
export type PhotoOutput = { blob: Blob; width: number; height: number; bytes: number; quality: number };

export type PhotoResult =
  | {
      ok: true;
      verdict: Verdict;
      checks: Check[];
      /** Null only when even the minimum quality does not fit the cap: the engine never returns a file over it. */
      output: PhotoOutput | null;
      frame: Frame;
      /** The source as displayed (EXIF orientation applied), in pixels: the space of `frame` and `face`. */
      source: { width: number; height: number };
      /** What face analysis found, in source pixels; absent when it found no face or did not run. */
      face?: FaceAnalysis;
      /** Analysed without the face models (`faceModels: 'if-loaded'`): open it again once they are here. */
      facesLater?: true;
      /**
       * A copy of the whole source, at most about 1024 px on its long side (the one face analysis reads), for a page
       * to show and adjust the frame on; `scale` = preview pixels per source pixel.
       */
      preview?: { blob: Blob; scale: number };
      timings: Timings;
    }
  | { ok: false; error: { code: ErrorCode; message: string } };

/**
 * Where the face is in a small live frame (the camera dialog's hints), in shares of the frame's width and height
 * (0–1, as the camera gives it, not mirrored). `count` 0: no face. `limits` are the profile's, so the page need
 * not parse it: pose limits in degrees, and `head`, the smallest head (chin to crown, 2T) in the captured photo's
 * pixels whose card photo the face.resolution check does not fail.
 */
export type Located = {
  count: number;
  face?: { box: Box; leftEye: Point; rightEye: Point; chin: Point; angles: FaceAnalysis['angles'] };
  limits: { turned: number; rolled: number; head: number };
};
