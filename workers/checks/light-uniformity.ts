import type { CheckModule } from './check';
import { round } from './check';
import { luminance, pixelsWhere } from './pixels';

/**
 * OFIQ's illumination uniformity: two squares of 0.3 × the eye distance below the eyes, on their inner side,
 * halfway to the mouth; the overlap of their 256-bin luminance histograms. A side shadow pulls them apart.
 */
export const lightUniformity: CheckModule = {
  id: 'light.uniformity',
  needsFace: true,
  run({ face, pixels, limits, faceBox }) {
    const { warn, fail } = limits['light.uniformity'];
    const side = 0.3 * face.ied;
    const y = (face.eyes.y + face.mouth.y) / 2 - side / 2;
    const histogram = (x: number) => {
      const bins = new Float64Array(256);
      const region = pixelsWhere(pixels, { x, y, width: side, height: side });
      for (const i of region)
        bins[Math.min(255, Math.round(255 * luminance(pixels.data, i)))]! += 1 / region.length;
      return bins;
    };
    const left = histogram(face.leftEye.x);
    const right = histogram(face.rightEye.x - side);
    let overlap = 0;
    for (let i = 0; i < 256; i++) overlap += Math.min(left[i]!, right[i]!);
    const status = overlap < fail ? 'fail' : overlap < warn ? 'warn' : 'pass';
    return {
      status,
      key: status === 'pass' ? 'check.light.uniformity.pass' : 'check.light.uniformity.uneven',
      value: round(overlap),
      limits: { warn, fail },
      area: faceBox,
    };
  },
};
