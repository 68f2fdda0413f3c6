import type { FaceLandmarks, Frame } from '../../shared/engine';
import type { CheckLimits, PhotoSpec } from '../../shared/profiles';
import { crownMargin, faceFrame } from './frame';

type Size = { width: number; height: number };

/**
 * How a frame met the photo's edges: `ideal` as the rules place it, `moved` shifted or tightened within the checks'
 * limits to stay inside the photo, `cramped` when no frame within those limits fits (the head is too near an edge:
 * the person must step back), and `clamped`, an adjusted frame brought inside the photo.
 */
export type Fit = 'ideal' | 'moved' | 'cramped' | 'clamped';

/** Space above the crown that still reads as a whole head, as a share of the height (ideal: `crownMargin`). */
export const crownMarginRange = [0.04, 0.16] as const;

/** The frame's axis-aligned extent (a turned frame needs its corners) and where its centre may go inside `source`. */
function centreRange(frame: Pick<Frame, 'width' | 'height' | 'rotation'>, source: Size) {
  const angle = (frame.rotation * Math.PI) / 180;
  const [cos, sin] = [Math.abs(Math.cos(angle)), Math.abs(Math.sin(angle))];
  const [bw, bh] = [frame.width * cos + frame.height * sin, frame.width * sin + frame.height * cos];
  return { bw, bh, x: [bw / 2, source.width - bw / 2], y: [bh / 2, source.height - bh / 2] } as const;
}

const inRange = (value: number, [low, high]: readonly [number, number]) =>
  value >= low - 0.5 && value <= high + 0.5;

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
): { frame: Frame; fit: Fit } {
  const ideal = faceFrame(face, spec);
  const { headMax, eyesMin, eyesMax } = limits['face.framing'];
  const { leftEye, rightEye, chin } = face;
  const eyes = { x: (leftEye.x + rightEye.x) / 2, y: (leftEye.y + rightEye.y) / 2 };
  const t = Math.hypot(chin.x - eyes.x, chin.y - eyes.y);
  const angle = (ideal.rotation * Math.PI) / 180;
  const [u, v] = [
    { x: Math.cos(angle), y: Math.sin(angle) },
    { x: -Math.sin(angle), y: Math.cos(angle) },
  ];
  const steps = 12;
  for (let i = 0; i <= steps; i++) {
    // From the ideal height down to the tightest the checks allow (the largest head).
    const height = ideal.height + (i / steps) * ((2 * t) / headMax - ideal.height);
    const width = height * (spec.width / spec.height);
    const range = centreRange({ width, height, rotation: ideal.rotation }, source);
    // In the face's axes: a across (eyes' midpoint off the centre line), b down (the crown's margin).
    const across = [(0.5 - eyesMax) * width, (0.5 - eyesMin) * width];
    const down = crownMarginRange.map(m => height / 2 - t - m * height);
    const best = { d: Infinity, x: 0, y: 0 };
    for (let j = 0; j <= steps; j++)
      for (let k = 0; k <= steps; k++) {
        const a = across[0]! + (j / steps) * (across[1]! - across[0]!);
        const b = down[1]! + (k / steps) * (down[0]! - down[1]!);
        const [x, y] = [eyes.x + a * u.x + b * v.x, eyes.y + a * u.y + b * v.y];
        const d = Math.hypot(a, b - (height / 2 - t - crownMargin * height));
        if (d < best.d && inRange(x, range.x) && inRange(y, range.y)) Object.assign(best, { d, x, y });
      }
    if (best.d < Infinity) {
      const frame = {
        x: best.x - width / 2,
        y: best.y - height / 2,
        width,
        height,
        rotation: ideal.rotation,
      };
      const moved = i > 0 || best.d > 0.5;
      return { frame: moved ? frame : ideal, fit: moved ? 'moved' : 'ideal' };
    }
  }
  return { frame: clampInside(ideal, source), fit: 'cramped' };
}
