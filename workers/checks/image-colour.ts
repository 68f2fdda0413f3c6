import type { CheckModule } from './check';
import { round } from './check';

/** A colour photo (ANTS: "fortement recommandée"; some profiles require it): mean YCbCr chroma of the output. */
export const imageColour: CheckModule = {
  id: 'image.colour',
  needsFace: false,
  run({ pixels: { data }, spec, limits }) {
    const { grey } = limits['image.colour'];
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      const cb = -0.1687 * r - 0.3313 * g + 0.5 * b;
      const cr = 0.5 * r - 0.4187 * g - 0.0813 * b;
      sum += Math.sqrt(cb * cb + cr * cr); // not Math.hypot: ten times slower, on every pixel
    }
    const chroma = sum / (data.length / 4);
    const isGrey = chroma < grey;
    return {
      status: isGrey ? (spec.colourRequired ? 'fail' : 'warn') : 'pass',
      key: isGrey ? 'check.image.colour.grey' : 'check.image.colour.pass',
      value: round(chroma, 2),
      limits: { grey },
    };
  },
};
