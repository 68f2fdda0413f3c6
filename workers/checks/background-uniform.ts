import { scaledGeometry } from '../analyse/mesh';
import type { CheckModule } from './check';
import { grade, round, worst } from './check';
import { luminance, rescaled } from './pixels';
import { backgroundRegion } from './regions';

/** OFIQ measures the background at 81 px between the eyes (its aligned image): its thresholds hold there. */
const eyeDistance = 81;

/**
 * A plain background (ANTS "fond uni"), on the pixels the person mask calls background: OFIQ's background
 * uniformity, the mean Scharr gradient magnitude of linear luminance (0–255), sees texture and edges; the spread
 * of its colours (standard deviation of sRGB, 0–255) sees what a blur smooths but does not make plain (a crowd, a
 * billboard, a room out of focus). The worse of the two decides.
 */
export const backgroundUniform: CheckModule = {
  id: 'background.uniform',
  needsFace: true,
  run({ face, output, mask, limits }) {
    const { pass, warn, spreadPass, spreadWarn } = limits['background.uniform'];
    const scale = eyeDistance / face.ied;
    const image = rescaled(output, scale);
    const { width, data } = image;
    const l = new Float32Array(width * image.height);
    for (let p = 0; p < l.length; p++) l[p] = 255 * luminance(data, 4 * p);
    let [sum, n] = [0, 0];
    const colour = new Float64Array(6); // sums and sums of squares of R, G and B
    for (const i of backgroundRegion(image, scaledGeometry(face, scale), mask)) {
      for (let c = 0; c < 3; c++) {
        colour[c]! += data[i + c]!;
        colour[c + 3]! += data[i + c]! ** 2;
      }
      const p = i / 4;
      const [x, y] = [p % width, Math.floor(p / width)];
      if (x < 1 || y < 1 || x >= width - 1 || y >= image.height - 1) continue;
      const at = (dx: number, dy: number) => l[p + dy * width + dx]!;
      const gx = 3 * (at(1, -1) - at(-1, -1) + at(1, 1) - at(-1, 1)) + 10 * (at(1, 0) - at(-1, 0));
      const gy = 3 * (at(-1, 1) - at(-1, -1) + at(1, 1) - at(1, -1)) + 10 * (at(0, 1) - at(0, -1));
      sum += Math.sqrt(gx * gx + gy * gy); // not Math.hypot: much slower, on every pixel
      n++;
    }
    const value = n ? sum / n : 0;
    const spread = n
      ? Math.sqrt([0, 1, 2].reduce((v, c) => v + colour[c + 3]! / n - (colour[c]! / n) ** 2, 0) / 3)
      : 0;
    const status = worst(grade(value, pass, warn), grade(spread, spreadPass, spreadWarn));
    return {
      status,
      key: status === 'pass' ? 'check.background.uniform.pass' : 'check.background.uniform.busy',
      value: round(value, 1),
      limits: { pass, warn, spreadPass, spreadWarn },
      params: { spread: round(spread, 1) },
      area: 'background',
    };
  },
};
