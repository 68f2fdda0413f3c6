import { meshIndex } from '../analyse/mesh';
import type { CheckModule } from './check';
import { round } from './check';
import { boxAround, pixelsWhere } from './pixels';

/**
 * Reflections on glasses (ANTS: no reflection on the lenses): near-white, colourless pixels around each eye, where
 * a lens would be (the eye's outline grown by a fifth of the eye distance).
 */
export const glassesGlare: CheckModule = {
  id: 'glasses.glare',
  needsFace: true,
  run({ face, pixels, limits }) {
    const { warn } = limits['glasses.glare'];
    const zones = [meshIndex.leftEye, meshIndex.rightEye].map(eye =>
      boxAround(eye.map(face.at), face.ied / 5),
    );
    let [white, n] = [0, 0];
    for (const zone of zones)
      for (const i of pixelsWhere(pixels, zone)) {
        const [r, g, b] = [pixels.data[i]!, pixels.data[i + 1]!, pixels.data[i + 2]!];
        if (Math.max(r, g, b) >= 250 && Math.max(r, g, b) - Math.min(r, g, b) < 30) white++;
        n++;
      }
    const share = n ? white / n : 0;
    return {
      status: share > warn ? 'warn' : 'pass',
      key: share > warn ? 'check.glasses.glare.glare' : 'check.glasses.glare.pass',
      value: round(share),
      limits: { warn },
      area: boxAround(zones.flatMap(z => [z, { x: z.x + z.width, y: z.y + z.height }])),
    };
  },
};
