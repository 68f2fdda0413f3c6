import { meshIndex, distance } from '../analyse/mesh';
import type { CheckModule } from './check';
import { round } from './check';
import { boxAround } from './pixels';

/**
 * The less open eye: its widest of three eyelid gaps over its own width (corner to corner). OFIQ divides by T
 * (eyes to chin), but a laugh lengthens T as it narrows the eyes; the eye's width does not move. Calibrated on the
 * labelled real photos (narrowed eyes read 0.24–0.26, open ones mostly above 0.27).
 */
export const faceEyesOpen: CheckModule = {
  id: 'face.eyes_open',
  needsFace: true,
  run({ face, limits }) {
    const { pass, fail } = limits['face.eyes_open'];
    const gap = (pairs: readonly (readonly number[])[]) =>
      Math.max(...pairs.map(([a, b]) => distance(face.at(a!), face.at(b!))));
    const width = ([a, b]: readonly number[]) => distance(face.at(a!), face.at(b!));
    const value = Math.min(
      gap(meshIndex.leftLids) / width(meshIndex.leftEyeCorners),
      gap(meshIndex.rightLids) / width(meshIndex.rightEyeCorners),
    );
    const status = value >= pass ? 'pass' : value < fail ? 'fail' : 'warn';
    return {
      status,
      key: status === 'pass' ? 'check.face.eyes_open.pass' : 'check.face.eyes_open.closed',
      value: round(value),
      limits: { pass, fail },
      area: boxAround([...meshIndex.leftEye, ...meshIndex.rightEye].map(face.at), face.ied / 5),
    };
  },
};
