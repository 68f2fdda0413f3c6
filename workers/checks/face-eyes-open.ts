import { meshIndex, distance } from '../analyse/mesh';
import type { CheckModule } from './check';
import { round } from './check';
import { boxAround } from './pixels';

/** OFIQ's EyesOpen: the widest of three eyelid gaps of the less open eye, over T. */
export const faceEyesOpen: CheckModule = {
  id: 'face.eyes_open',
  needsFace: true,
  run({ face, limits }) {
    const { pass, fail } = limits['face.eyes_open'];
    const gap = (pairs: readonly (readonly number[])[]) =>
      Math.max(...pairs.map(([a, b]) => distance(face.at(a!), face.at(b!))));
    const value = Math.min(gap(meshIndex.leftLids), gap(meshIndex.rightLids)) / face.t;
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
