import type { CheckModule } from './check';
import { grade, round } from './check';

/** Facing the lens (ISO 19794-5 pose): the frame corrects roll, so roll fails only when extreme. */
export const facePose: CheckModule = {
  id: 'face.pose',
  needsFace: true,
  run({ faces, limits, faceBox }) {
    const { pass, warn, roll } = limits['face.pose'];
    const { yaw, pitch, roll: tilt } = faces!.main.angles;
    const turned = Math.max(Math.abs(yaw), Math.abs(pitch));
    const measured = { value: round(turned, 1), limits: { pass, warn, roll }, area: faceBox };
    if (Math.abs(tilt) > roll)
      return {
        status: 'fail',
        key: 'check.face.pose.rolled',
        params: { angle: Math.round(tilt) },
        ...measured,
      };
    const status = grade(turned, pass, warn);
    return {
      status,
      key: status === 'pass' ? 'check.face.pose.pass' : 'check.face.pose.turned',
      params: { angle: Math.round(turned) },
      ...measured,
    };
  },
};
