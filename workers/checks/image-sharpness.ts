import { scaledGeometry } from '../analyse/mesh';
import type { CheckModule } from './check';
import { round } from './check';
import { grey, rescaled } from './pixels';

/** Distance between the eyes the face is redrawn at, so the measure does not depend on the photo's scale. */
const eyeDistance = 100;

/**
 * Variance of the Laplacian (Pech-Pacheco 2000) over the inner face (eyes to mouth, no background edge), at a fixed
 * distance between the eyes, scaled by (128 / mean grey)² so that a dark photo does not read as a blurred one
 * (darkening multiplies every gradient); thresholds calibrated on re-blurred sharp photos (tests/fixtures/compliance).
 */
export const imageSharpness: CheckModule = {
  id: 'image.sharpness',
  needsFace: true,
  run({ face, output, limits, faceBox }) {
    const { pass, fail } = limits['image.sharpness'];
    const scale = eyeDistance / face.ied;
    const image = rescaled(output, scale);
    const scaled = scaledGeometry(face, scale);
    const values = grey(image);
    const { width } = image;
    const left = Math.max(1, Math.floor(scaled.leftEye.x - 0.3 * eyeDistance));
    const right = Math.min(width - 1, Math.ceil(scaled.rightEye.x + 0.3 * eyeDistance));
    const top = Math.max(1, Math.floor(scaled.eyes.y - 0.3 * eyeDistance));
    const bottom = Math.min(image.height - 1, Math.ceil(scaled.mouth.y));
    let [sum, squares, n, level] = [0, 0, 0, 0];
    for (let y = top; y < bottom; y++)
      for (let x = left; x < right; x++) {
        const p = y * width + x;
        const laplacian =
          values[p - 1]! + values[p + 1]! + values[p - width]! + values[p + width]! - 4 * values[p]!;
        level += values[p]!;
        sum += laplacian;
        squares += laplacian * laplacian;
        n++;
      }
    const variance = n ? (squares / n - (sum / n) ** 2) * (128 / Math.max(8, level / n)) ** 2 : 0;
    const status = variance >= pass ? 'pass' : variance < fail ? 'fail' : 'warn';
    return {
      status,
      key: status === 'pass' ? 'check.image.sharpness.pass' : 'check.image.sharpness.blurred',
      value: round(variance, 1),
      limits: { pass, fail },
      area: faceBox,
    };
  },
};
