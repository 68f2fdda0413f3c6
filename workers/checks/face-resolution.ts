import type { CheckModule } from './check';
import { grade, round } from './check';

/** Enough real pixels: an output enlarged from a small face is soft however it is sharpened. */
export const faceResolution: CheckModule = {
  id: 'face.resolution',
  needsFace: true,
  run({ frame, spec, limits, faceBox }) {
    const { warn, fail } = limits['face.resolution'];
    const upscale = spec.width / frame.width;
    const status = grade(upscale, warn, fail);
    return {
      status,
      key: status === 'pass' ? 'check.face.resolution.pass' : 'check.face.resolution.low',
      value: round(upscale, 2),
      limits: { warn, fail },
      // « agrandie de 40 % », as people say it (a scale of 1.4 is not « agrandie 1,4 fois »).
      params: { percent: Math.max(1, Math.round((upscale - 1) * 100)) },
      area: faceBox,
    };
  },
};
