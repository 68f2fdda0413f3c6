import type { Analysis, Box, CheckArea, CheckId, CheckStatus, Frame } from '../../shared/engine';
import type { Params } from '../../shared/i18n/format';
import type { Lang } from '../../shared/i18n/lang';
import type { MessageKey } from '../messages';
import type { CheckLimits, PhotoSpec } from '../../shared/profiles';
import type { Faces } from '../analyse/analyse';
import type { FaceGeometry } from '../analyse/mesh';
import type { PersonMask } from '../analyse/segment';
import type { Fit } from '../frame/fit';

/** Everything a check may read; pixels and face geometry are in OUTPUT pixels unless named `source`. */
export type CheckContext = {
  lang: Lang;
  spec: PhotoSpec;
  limits: CheckLimits;
  frame: Frame;
  /** How the frame met the photo's edges (frame/fit.ts). */
  fit: Fit;
  source: { width: number; height: number };
  /** What face analysis found (source pixels), null when no face or when it did not run (`analysis`). */
  faces: Faces | null;
  analysis: Analysis;
  /** The main face mapped onto the output, and its mesh's bounding box there. */
  face: FaceGeometry | null;
  faceBox: Box | null;
  /**
   * Whether a point of the output (or just past its edge) comes from the photo: frames stay inside it (frame/fit.ts),
   * so this tells where an output edge is the photo's own edge.
   */
  inSource: (p: { x: number; y: number }) => boolean;
  output: OffscreenCanvas;
  /** Who is the person on the output (analyse/segment.ts); null when face analysis or the model did not run. */
  mask: PersonMask | null;
  pixels: ImageData;
  encoded: { fits: boolean; bytes: number };
};

/** A check's answer before translation: the registry turns `key` and `params` into the message. */
export type Outcome = {
  status: CheckStatus;
  key: MessageKey;
  value?: number;
  limits?: Record<string, number>;
  params?: Params;
  area?: CheckArea;
};

export type CheckModule = {
  id: CheckId;
  /** Reads the face: skipped (with a message saying why) when none was found. */
  needsFace: boolean;
  run(context: CheckContext & { face: FaceGeometry; faceBox: Box }): Outcome;
};

/** `pass` up to `pass`, `warn` up to `warn`, else `fail`, for a value where lower is better. */
export const grade = (value: number, pass: number, warn: number): CheckStatus =>
  value <= pass ? 'pass' : value <= warn ? 'warn' : 'fail';

/** The worse of two statuses. */
export const worst = (a: CheckStatus, b: CheckStatus): CheckStatus => {
  const order: CheckStatus[] = ['skip', 'pass', 'warn', 'fail'];
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
};

/** Rounded for the report: measures carry far more digits than they mean. */
export const round = (value: number, digits = 3): number => Number(value.toFixed(digits));
