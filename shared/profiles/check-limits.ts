import * as v from 'valibot';

/** A number with a default: a profile names only the limits it changes. */
const limit = (fallback: number) => v.optional(v.pipe(v.number(), v.finite()), fallback);

/**
 * The thresholds of every check, by check id, with the defaults (research/photo.md §4 for their sources).
 * Ratios are shares (0.04 = 4 %), angles degrees, luminance linear in [0, 1], L* and chroma CIELAB.
 */
export const CheckLimitsSchema = v.object({
  /** A second face counts when its box is at least this share of the main face's. */
  'face.count': v.optional(v.object({ secondFace: limit(0.04) }), {}),
  /** Chin to crown (≈ 2T) over the output height; eyes' midpoint over the width. */
  'face.framing': v.optional(
    v.object({ headMin: limit(0.71), headMax: limit(0.8), eyesMin: limit(0.45), eyesMax: limit(0.55) }),
    {},
  ),
  /**
   * Degrees. Yaw (turned) by ISO 19794-5's spirit; pitch (tipped up or down) wider, as the mesh measures it less
   * surely (on the labelled real photos, frontal faces read up to ±10°); roll only when the frame cannot straighten it.
   */
  'face.pose': v.optional(
    v.object({
      pass: limit(8),
      warn: limit(12),
      pitchPass: limit(12),
      pitchWarn: limit(16),
      roll: limit(25),
    }),
    {},
  ),
  /** Output pixels per source pixel. */
  'face.resolution': v.optional(v.object({ warn: limit(1.5), fail: limit(1.9) }), {}),
  /** Eyelid gap of the less open eye over its width (closed eyes read about 0.1). */
  'face.eyes_open': v.optional(v.object({ pass: limit(0.265), fail: limit(0.15) }), {}),
  /** Inner-lip gap over T: teeth between parted lips read as open (ANTS: mouth closed). */
  'face.mouth_closed': v.optional(v.object({ pass: limit(0.04), fail: limit(0.08) }), {}),
  /** Variance of the Laplacian of the face at 100 px between the eyes (calibrated on re-blurred photos). */
  'image.sharpness': v.optional(v.object({ pass: limit(25), fail: limit(10) }), {}),
  'light.exposure': v.optional(
    v.object({
      passMin: limit(0.15),
      passMax: limit(0.75),
      warnMin: limit(0.1),
      warnMax: limit(0.85),
      clippedWarn: limit(0.003),
      clippedFail: limit(0.01),
    }),
    {},
  ),
  /** Overlap of the two cheeks' luminance histograms (OFIQ illumination uniformity). */
  'light.uniformity': v.optional(v.object({ warn: limit(0.1), fail: limit(0.04) }), {}),
  /**
   * Mean gradient magnitude of the background at 81 px between the eyes (OFIQ background uniformity), and the
   * standard deviation of its colours (sRGB, 0–255), both calibrated on the labelled real photos.
   */
  'background.uniform': v.optional(
    v.object({ pass: limit(50), warn: limit(120), spreadPass: limit(20), spreadWarn: limit(38) }),
    {},
  ),
  /**
   * L* and chroma of the background's mean colour: white fails (where forbidden), near white warns (it may print
   * white), mid-grey and darker warn (ANTS: a light background); calibrated on the labelled real photos.
   */
  'background.colour': v.optional(
    v.object({
      whiteL: limit(96),
      nearWhiteL: limit(91),
      whiteChroma: limit(5),
      darkL: limit(75),
      saturatedChroma: limit(25),
    }),
    {},
  ),
  /** Mean chroma under which the photo reads as greyscale. */
  'image.colour': v.optional(v.object({ grey: limit(2) }), {}),
  /** Share of near-white pixels around the eyes. */
  'glasses.glare': v.optional(v.object({ warn: limit(0.02) }), {}),
});

export type CheckLimits = v.InferOutput<typeof CheckLimitsSchema>;

/** Shipped profiles reach the engine as plain JSON, not parsed: the defaults are filled here as well. */
export const checkLimits = (spec: { checks?: v.InferInput<typeof CheckLimitsSchema> }): CheckLimits =>
  v.parse(CheckLimitsSchema, spec.checks ?? {});
