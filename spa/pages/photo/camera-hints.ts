import type { Located } from '../../../workers/bridge';

/** The face guide drawn over the video (CameraDialog's SVG), in its viewBox's units. */
export const guide = { width: 100, height: 130, cx: 50, cy: 58, rx: 27, ry: 37 } as const;

/** studio.css shows the video mirrored (scaleX(-1)), as people expect of a front camera. */
const mirrored = true;

/** What the live hint says; the i18n key is `studio.camera.<hint>`. `hint` is the general one (no face known). */
export type Hint =
  | 'hint'
  | 'dark'
  | 'bright'
  | 'none'
  | 'several'
  | 'left'
  | 'right'
  | 'higher'
  | 'lower'
  | 'closer'
  | 'back'
  | 'straight'
  | 'ready';
export type Light = 'dark' | 'bright' | 'fine';
type Size = { width: number; height: number };

/** Mean luma (0–255) of the picture: below or above these, the light is the first thing to change. */
export const lightOf = (luma: number): Light => (luma < 60 ? 'dark' : luma > 210 ? 'bright' : 'fine');

/**
 * The head (chin to crown, 2T as the engine frames it) over the oval's height: below `closer` or above `back` it
 * does not fill the oval. The eyes' midpoint (the head's centre) may stray `offCentre` of the oval's radius.
 */
export const rules = { closer: 0.75, back: 1.3, offCentre: 0.3 } as const;

/**
 * The oval in the video's pixels. The SVG covers the video's box, which has the video's own proportions (width
 * 100 %, height auto: object-fit crops nothing), and fits its viewBox in it centred (preserveAspectRatio's default).
 */
export function ovalIn(video: Size) {
  const scale = Math.min(video.width / guide.width, video.height / guide.height);
  const [left, top] = [(video.width - guide.width * scale) / 2, (video.height - guide.height * scale) / 2];
  return {
    cx: left + guide.cx * scale,
    cy: top + guide.cy * scale,
    rx: guide.rx * scale,
    ry: guide.ry * scale,
  };
}

/**
 * The advice for this moment: light first, then the face found in the frame (undefined: not known yet, the general
 * hint). Left and right are the person's own, who sees the video as in a mirror.
 */
export function hintFor(light: Light, located: Located | undefined, video: Size): Hint {
  if (light !== 'fine') return light;
  if (!located) return 'hint';
  const { face, count, limits } = located;
  if (!face || count === 0) return 'none';
  if (count > 1) return 'several';
  const seen = (p: { x: number; y: number }) => ({
    x: (mirrored ? 1 - p.x : p.x) * video.width,
    y: p.y * video.height,
  });
  const [left, right, chin] = [seen(face.leftEye), seen(face.rightEye), seen(face.chin)];
  const eyes = { x: (left.x + right.x) / 2, y: (left.y + right.y) / 2 };
  const oval = ovalIn(video);
  const [dx, dy] = [(eyes.x - oval.cx) / oval.rx, (eyes.y - oval.cy) / oval.ry];
  // Seen on the right of the oval in a mirror: the person moves to their left.
  if (Math.abs(dx) > rules.offCentre) return dx > 0 === mirrored ? 'left' : 'right';
  if (Math.abs(dy) > rules.offCentre) return dy > 0 ? 'higher' : 'lower';
  const head = 2 * Math.hypot(chin.x - eyes.x, chin.y - eyes.y);
  // Closer also when the photo would be too small for the card (face.resolution), whatever the oval says.
  if (head < Math.max(rules.closer * 2 * oval.ry, limits.head)) return 'closer';
  if (head > rules.back * 2 * oval.ry) return 'back';
  const { yaw, pitch, roll } = face.angles;
  if (Math.max(Math.abs(yaw), Math.abs(pitch)) > limits.turned || Math.abs(roll) > limits.rolled)
    return 'straight';
  return 'ready';
}

/**
 * Hysteresis: a new hint shows once it has been the advice for `holdMs`, so the status neither flickers nor
 * re-announces; the same hint again changes nothing.
 */
export function steady<T>(first: T, holdMs = 1000) {
  let [shown, candidate, since] = [first, first, 0];
  return (next: T, now: number): T => {
    if (next !== candidate) [candidate, since] = [next, now];
    if (candidate !== shown && now - since >= holdMs) shown = candidate;
    return shown;
  };
}
