import type { FaceLandmarks, Frame, Point } from '../../shared/engine';
import type { CheckLimits, PhotoSpec } from '../../shared/profiles';
import { crownMargin, eyesAndT, faceFrame, headSlack } from './frame';
import { clip, nearest, type Pt } from './polygon';

type Size = { width: number; height: number };

/**
 * How a frame met the photo's edges: `ideal` as the rules place it, `moved` shifted or tightened within the checks'
 * limits to stay inside the photo, `cramped` when no frame within those limits fits (the head is too near an edge:
 * the person must step back), `tight` when it fits only with less room above the hair than wanted (`tightHair`),
 * and `clamped`, an adjusted frame brought inside the photo.
 */
export type Fit = 'ideal' | 'moved' | 'tight' | 'cramped' | 'clamped';

/** Space above the crown that still reads as a whole head, as a share of the height (ideal: `crownMargin`). */
export const crownMarginRange = [0.04, 0.16] as const;
/** Space kept above the hair, where the mask found it (share of the height), and what still passes as `tight`. */
export const hairMargin = 0.07;
const tightHair = 0.05;
/** Hair further above the crown than this share of the height may be cut by the frame rather than fitted. */
const tallHair = 0.25;
/** Eyes placed a hair inside their limits (share of the width): the output's mesh must not read them just outside. */
const eyesSlack = 0.005;

/** The frame's axis-aligned extent (a turned frame needs its corners) and where its centre may go inside `source`. */
function centreRange(frame: Pick<Frame, 'width' | 'height' | 'rotation'>, source: Size) {
  const angle = (frame.rotation * Math.PI) / 180;
  const [cos, sin] = [Math.abs(Math.cos(angle)), Math.abs(Math.sin(angle))];
  const [bw, bh] = [frame.width * cos + frame.height * sin, frame.width * sin + frame.height * cos];
  return { bw, bh, x: [bw / 2, source.width - bw / 2], y: [bh / 2, source.height - bh / 2] } as const;
}

/** A frame never shows what is not the photo: moved inside it, and shrunk (about its centre) if it is larger. */
export function clampInside(frame: Frame, source: Size): Frame {
  const { bw, bh } = centreRange(frame, source);
  const shrink = Math.min(1, source.width / bw, source.height / bh);
  const [width, height] = [frame.width * shrink, frame.height * shrink];
  const range = centreRange({ ...frame, width, height }, source);
  const clamp = (v: number, [low, high]: readonly [number, number]) => Math.min(high, Math.max(low, v));
  const cx = clamp(frame.x + frame.width / 2, range.x);
  const cy = clamp(frame.y + frame.height / 2, range.y);
  return { x: cx - width / 2, y: cy - height / 2, width, height, rotation: frame.rotation };
}

/**
 * The frame for this face that stays inside the photo: the ideal one if it fits, else the nearest one (tighter,
 * then shifted) whose head size, eye position and space above the head are still within the checks' limits; if
 * none fits, the ideal one brought inside the photo, `cramped`: face.framing then asks the person to step back.
 */
export function fitFaceFrame(
  face: FaceLandmarks,
  spec: PhotoSpec,
  limits: CheckLimits,
  source: Size,
  hair?: Point,
): { frame: Frame; fit: Fit } {
  const ideal = faceFrame(face, spec);
  // Room above the hair is wanted, and a little less will do (said as such) before the frame is called cramped.
  for (const [margin, fit] of [
    [hairMargin, 'moved'],
    [tightHair, 'tight'],
  ] as const)
    // Straightening the head turns the frame, whose corners then need more room: less straightening may fit.
    for (const rotation of [ideal.rotation, ideal.rotation / 2, 0]) {
      const found = nearestInside(face, spec, limits, source, { ...ideal, rotation }, hair, margin);
      if (found)
        return found.d < 0.5 && rotation === ideal.rotation && fit === 'moved'
          ? { frame: ideal, fit: 'ideal' }
          : { frame: found.frame, fit };
    }
  return { frame: clampInside(ideal, source), fit: 'cramped' };
}

/** The frame nearest `ideal` (at its rotation) inside the photo and within the limits, or undefined. */
function nearestInside(
  face: FaceLandmarks,
  spec: PhotoSpec,
  limits: CheckLimits,
  source: Size,
  ideal: Frame,
  hair: Point | undefined,
  aboveHair: number,
) {
  const { headMax, eyesMin, eyesMax } = limits['face.framing'];
  const { eyes, t } = eyesAndT(face);
  const angle = (ideal.rotation * Math.PI) / 180;
  const [u, v] = [
    { x: Math.cos(angle), y: Math.sin(angle) },
    { x: -Math.sin(angle), y: Math.cos(angle) },
  ];
  const steps = 16;
  for (let i = 0; i <= steps; i++) {
    // From the ideal height down to the tightest the checks allow (the largest head, within face.framing's slack
    // for a measure at the limit: a photo a pixel short of it is not sent away).
    const height = ideal.height + (i / steps) * ((2 * t) / (headMax + 0.6 * headSlack) - ideal.height);
    const width = height * (spec.width / spec.height);
    const range = centreRange({ width, height, rotation: ideal.rotation }, source);
    // The centre in the face's axes, from the eyes: a across (the eyes off the centre line), b down (the space
    // above the crown). The limits make a rectangle of (a, b); the photo's edges cut it along the frame's axes.
    const [a0, a1] = [(0.5 - eyesSlack - eyesMax) * width, (0.5 + eyesSlack - eyesMin) * width];
    const [crownB0, crownB1] = crownMarginRange.map(m => height / 2 - t - m * height).reverse() as [
      number,
      number,
    ];
    // The hair stays inside too, with room above it: the face then sits lower, as far as the hair needs (a very
    // tall hairstyle, beyond `tallHair` above the crown, may be cut by the frame).
    const hairAbove = hair && -((hair.x - eyes.x) * v.x + (hair.y - eyes.y) * v.y) - t;
    const hairB =
      hairAbove !== undefined && hairAbove < tallHair * height
        ? height / 2 - t - hairAbove - aboveHair * height
        : Infinity;
    const [b0, b1] = [Math.min(crownB0, hairB), Math.min(crownB1, hairB)];
    let polygon: Pt[] = [
      [a0, b0],
      [a1, b0],
      [a1, b1],
      [a0, b1],
    ];
    // x = eyes.x + a·u.x + b·v.x within range.x, and the same for y: four half-planes n·(a, b) ≥ k.
    for (const [n, k] of [
      [[u.x, v.x], range.x[0] - eyes.x],
      [[-u.x, -v.x], eyes.x - range.x[1]],
      [[u.y, v.y], range.y[0] - eyes.y],
      [[-u.y, -v.y], eyes.y - range.y[1]],
    ] as [Pt, number][])
      polygon = clip(polygon, n, k);
    if (polygon.length === 0) continue;
    const wanted: Pt = [0, height / 2 - t - crownMargin * height];
    const [a, b] = nearest(polygon, wanted);
    const centre = { x: eyes.x + a * u.x + b * v.x, y: eyes.y + a * u.y + b * v.y };
    const d = Math.hypot(a - wanted[0], b - wanted[1]) + (ideal.height - height);
    const frame = {
      x: centre.x - width / 2,
      y: centre.y - height / 2,
      width,
      height,
      rotation: ideal.rotation,
    };
    return { d, frame: clampInside(frame, source) };
  }
  return undefined;
}
