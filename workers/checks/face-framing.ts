import type { CheckModule } from './check';
import { round } from './check';

/**
 * The whole head in the crop at the ANTS size (chin to crown 71–80 % of the height, crown ≈ chin − 2T), eyes
 * centred; and first of all, the head inside the photo at all ("photo coupée").
 */
export const faceFraming: CheckModule = {
  id: 'face.framing',
  needsFace: true,
  run({ face, faces, source, limits, pixels, faceBox }) {
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
    if (cut) return { status: 'fail', key: 'check.face.framing.cut', ...measured };
    if (head < headMin) return { status: 'fail', key: 'check.face.framing.small', ...measured };
    if (head > headMax) return { status: 'fail', key: 'check.face.framing.large', ...measured };
    if (eyes < eyesMin || eyes > eyesMax)
      return { status: 'fail', key: 'check.face.framing.off_centre', ...measured };
    return { status: 'pass', key: 'check.face.framing.pass', ...measured };
  },
};
