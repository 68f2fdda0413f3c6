import type { FaceLandmarks, Frame, Point } from '../../shared/engine';
import type { PhotoSpec } from '../../shared/profiles';

export type { FaceLandmarks, Frame, Point };

/** Head (chin to crown) over output height: the middle of the ANTS 32–36 mm on 45 mm. */
export const headShare = 0.755;
/** How far past a head-size limit a frame set at it may read once drawn (the output's mesh is not exact). */
export const headSlack = 0.005;
/** Space above the crown, as a share of the output height: eyes land at about 48 % from the top. */
export const crownMargin = 0.1;

/** The largest rectangle at the spec's aspect ratio, centred: the frame when no face guides it. */
export function centredFrame(source: { width: number; height: number }, spec: PhotoSpec): Frame {
  const aspect = spec.width / spec.height;
  const width = Math.min(source.width, source.height * aspect);
  const height = width / aspect;
  return {
    x: Math.round((source.width - width) / 2),
    y: Math.round((source.height - height) / 2),
    width: Math.round(width),
    height: Math.round(height),
    rotation: 0,
  };
}

/** The eyes' midpoint and T (eyes to chin), the two measures every frame and framing rule starts from. */
export function eyesAndT({ leftEye, rightEye, chin }: FaceLandmarks) {
  const eyes = { x: (leftEye.x + rightEye.x) / 2, y: (leftEye.y + rightEye.y) / 2 };
  return { eyes, t: Math.hypot(chin.x - eyes.x, chin.y - eyes.y) };
}

/**
 * The frame an ID photo needs around this face: eyes' midpoint centred horizontally, the head (crown ≈ 2T above
 * the chin, T = eyes-to-chin) filling `headShare` of the height, the eye line level (roll corrected).
 */
export function faceFrame(face: FaceLandmarks, spec: PhotoSpec): Frame {
  const { leftEye, rightEye } = face;
  const { eyes, t } = eyesAndT(face);
  const roll = Math.atan2(rightEye.y - leftEye.y, rightEye.x - leftEye.x);
  const height = (2 * t) / headShare;
  const width = height * (spec.width / spec.height);
  // From the eyes, the frame's centre lies along the face's own "down" direction.
  const down = height / 2 - crownMargin * height - t;
  const centre = { x: eyes.x - Math.sin(roll) * down, y: eyes.y + Math.cos(roll) * down };
  return {
    x: centre.x - width / 2,
    y: centre.y - height / 2,
    width,
    height,
    rotation: (roll * 180) / Math.PI,
  };
}

/**
 * How much bigger than the output the decode makes the frame: a trade between speed and fidelity, measured with
 * `npm run bench` (12 MP grainy input, 2 cores). The decode's own resize ignores `resizeQuality` on a region and
 * aliases when it shrinks much, so a larger decode is more faithful but costs more to decode and to resize.
 * Pipeline time over the bare decode, and SSIM against an area-average reference: 4× → 1.93×, 0.977;
 * 2× → 1.6–1.7×, 0.938; 1.5× → 1.42×, 0.905 (browser-image-compression: 0.907 at fewer bytes, 2.1× the decode).
 * 1.5× is the largest that keeps the pipeline within 1.5× the bare decode; the bench's per-pixel grain is the
 * harshest case for aliasing (a phone photo is smoother).
 */
export const decodeOversample = 1.5;

/**
 * What to decode for a frame: the box around it (turned frames need their corners), kept inside the photo, at the
 * scale that makes the frame about `decodeOversample` × the output.
 */
export function frameRegion(frame: Frame, source: { width: number; height: number }, spec: PhotoSpec) {
  const angle = (frame.rotation * Math.PI) / 180;
  const [cos, sin] = [Math.abs(Math.cos(angle)), Math.abs(Math.sin(angle))];
  const [boxWidth, boxHeight] = [
    frame.width * cos + frame.height * sin,
    frame.width * sin + frame.height * cos,
  ];
  const [cx, cy] = [frame.x + frame.width / 2, frame.y + frame.height / 2];
  const x = Math.max(0, Math.floor(cx - boxWidth / 2));
  const y = Math.max(0, Math.floor(cy - boxHeight / 2));
  const right = Math.min(source.width, Math.ceil(cx + boxWidth / 2));
  const bottom = Math.min(source.height, Math.ceil(cy + boxHeight / 2));
  // Frames are kept inside the photo (fit.ts); should one still fall outside, it decodes one pixel, never fails.
  const [left, top] = [Math.min(x, source.width - 1), Math.min(y, source.height - 1)];
  return {
    x: left,
    y: top,
    width: Math.max(1, right - left),
    height: Math.max(1, bottom - top),
    scale: Math.min(1, (decodeOversample * spec.width) / frame.width),
  };
}

/** A frame from source pixels to the pixels of a copy scaled by `scale` (decode may have shrunk the photo). */
export const scaleFrame = (frame: Frame, scale: number): Frame => ({
  ...frame,
  x: frame.x * scale,
  y: frame.y * scale,
  width: frame.width * scale,
  height: frame.height * scale,
});
