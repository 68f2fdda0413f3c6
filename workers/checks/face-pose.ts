import type { CheckModule } from './check';
import { grade, round, worst } from './check';

/**
 * Facing the lens (ISO 19794-5 pose): turned (yaw) and tipped (pitch) each graded by its own limits, the report
 * giving the worse; the frame corrects roll, so roll fails only when extreme.
 */
export const facePose: CheckModule = {
  id: 'face.pose',
  needsFace: true,
  run({ faces, limits, faceBox }) {
    const { pass, warn, pitchPass, pitchWarn, roll } = limits['face.pose'];
    const { yaw, pitch, roll: tilt } = faces!.main.angles;
    const [turned, tipped] = [grade(Math.abs(yaw), pass, warn), grade(Math.abs(pitch), pitchPass, pitchWarn)];
    // The angle said is the one that decides, or the larger when both pass.
    const angle =
      turned === tipped
        ? Math.max(Math.abs(yaw), Math.abs(pitch))
        : worst(turned, tipped) === turned
          ? Math.abs(yaw)
          : Math.abs(pitch);
    const measured = {
      value: round(angle, 1),
      limits: { pass, warn, pitchPass, pitchWarn, roll },
      area: faceBox,
    };
    if (Math.abs(tilt) > roll)
      return {
        status: 'fail',
        key: 'check.face.pose.rolled',
        params: { angle: Math.round(tilt) },
        ...measured,
      };
    const status = worst(turned, tipped);
    return {
      status,
      key: status === 'pass' ? 'check.face.pose.pass' : 'check.face.pose.turned',
      params: { angle: Math.round(angle) },
      ...measured,
    };
  },
};
