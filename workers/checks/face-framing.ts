import type { PersonMask } from '../analyse/segment';
import { headSlack } from '../frame/frame';
import type { CheckContext, CheckModule } from './check';
import { round } from './check';

/**
 * The whole head in the crop at the ANTS size (chin to crown 71–80 % of the height, crown ≈ chin − 2T), eyes
 * centred; and first of all, the head inside the photo at all ("photo coupée"), with room around it: the frame
 * never reaches past the photo's edges (frame/fit.ts), so a head too near them cannot be framed.
 */
export const faceFraming: CheckModule = {
  id: 'face.framing',
  needsFace: true,
  run({ face, faces, fit, mask, inSource, source, limits, pixels, faceBox }) {
    const { headMin, headMax, eyesMin, eyesMax } = limits['face.framing'];
    const head = (2 * face.t) / pixels.height;
    const eyes = face.eyes.x / pixels.width;
    const measured = { value: round(head), limits: { headMin, headMax, eyesMin, eyesMax }, area: faceBox };
    // In source pixels: the crown 2T above the chin along the face's axis, the head about 0.7T either side.
    const { leftEye, rightEye, chin } = faces!.main.landmarks;
    const centre = { x: (leftEye.x + rightEye.x) / 2, y: (leftEye.y + rightEye.y) / 2 };
    const [dx, dy] = [centre.x - chin.x, centre.y - chin.y];
    const crown = { x: chin.x + 2 * dx, y: chin.y + 2 * dy };
    const side = 0.7 * Math.hypot(dx, dy);
    const inside = (p: { x: number; y: number }, margin = 0) =>
      p.x >= -margin && p.y >= -margin && p.x <= source.width + margin && p.y <= source.height + margin;
    const cut =
      !inside(crown, 0.1 * side) || !inside(chin) || centre.x - side < 0 || centre.x + side > source.width;
    if (cut || faces!.main.hair?.cut || (mask && hairCut(mask, face.eyes.x, face.t, inSource)))
      return { status: 'fail', key: 'check.face.framing.cut', ...measured };
    // No frame within the limits fits inside the photo: the frame was brought inside it regardless.
    if (fit === 'cramped') return { status: 'fail', key: 'check.face.framing.edge', ...measured };
    if (head < headMin - headSlack) return { status: 'fail', key: 'check.face.framing.small', ...measured };
    if (head > headMax + headSlack) return { status: 'fail', key: 'check.face.framing.large', ...measured };
    if (eyes < eyesMin || eyes > eyesMax)
      return { status: 'fail', key: 'check.face.framing.off_centre', ...measured };
    if (fit === 'tight') return { status: 'warn', key: 'check.face.framing.tight', ...measured };
    return { status: 'pass', key: 'check.face.framing.pass', ...measured };
  },
};

/**
 * The person's head reaches the output's top edge where that edge is the photo's own: the hair goes on past the
 * photo (the face's landmarks alone cannot see it). Read on the mask's top row, across the head's width.
 */
function hairCut(mask: PersonMask, centre: number, t: number, inSource: CheckContext['inSource']): boolean {
  const [left, right] = [Math.max(0, Math.floor(centre - t)), Math.min(mask.width, Math.ceil(centre + t))];
  let touching = 0;
  for (let x = left; x < right; x++) if (mask.data[x]! >= 128 && !inSource({ x, y: -2 })) touching++;
  return touching > 0.1 * (right - left);
}
