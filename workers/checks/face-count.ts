import type { CheckModule } from './check';
import { round } from './check';

/** Exactly one face: esup-sgc staff reject group photos and photos where no face shows. */
export const faceCount: CheckModule = {
  id: 'face.count',
  needsFace: false,
  run({ faces, analysis, limits, faceBox }) {
    const { secondFace } = limits['face.count'];
    if (analysis !== 'done') return { status: 'warn', key: `check.face.count.${analysis}` };
    if (!faces) return { status: 'fail', key: 'check.face.count.none', value: 0, limits: { secondFace } };
    const several = faces.secondFace >= secondFace;
    return {
      status: several ? 'fail' : 'pass',
      key: several ? 'check.face.count.several' : 'check.face.count.pass',
      value: round(faces.secondFace),
      limits: { secondFace },
      params: { count: faces.main.count },
      ...(faceBox && { area: faceBox }),
    };
  },
};
