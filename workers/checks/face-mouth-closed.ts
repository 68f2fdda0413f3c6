import { meshIndex, distance } from '../analyse/mesh';
import type { CheckModule } from './check';
import { grade, round } from './check';
import { boxAround } from './pixels';

/** OFIQ's MouthClosed, stricter (ANTS: neutral expression, mouth closed): widest inner-lip gap over T. */
export const faceMouthClosed: CheckModule = {
  id: 'face.mouth_closed',
  needsFace: true,
  run({ face, limits }) {
    const { pass, fail } = limits['face.mouth_closed'];
    const value = Math.max(...meshIndex.innerLips.map(([a, b]) => distance(face.at(a), face.at(b)))) / face.t;
    const status = grade(value, pass, fail);
    return {
      status,
      key: status === 'pass' ? 'check.face.mouth_closed.pass' : 'check.face.mouth_closed.open',
      value: round(value),
      limits: { pass, fail },
      area: boxAround([...meshIndex.mouthCorners, ...meshIndex.innerLips.flat()].map(face.at), face.ied / 5),
    };
  },
};
