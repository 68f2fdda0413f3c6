import type { CheckModule } from './check';
import { round } from './check';
import { lab, linear } from './pixels';
import { backgroundRegion } from './regions';

/** ANTS: a light, plain background (median L* and chroma) (light blue or grey), white forbidden where the profile says so. */
export const backgroundColour: CheckModule = {
  id: 'background.colour',
  needsFace: true,
  run({ face, pixels, mask, spec, limits }) {
    const { whiteL, nearWhiteL, whiteChroma, darkL, saturatedChroma } = limits['background.colour'];
    const region = backgroundRegion(pixels, face, mask);
    const mean = [0, 0, 0];
    for (const i of region)
      for (let c = 0; c < 3; c++) mean[c]! += linear[pixels.data[i + c]!]! / region.length;
    const { l, chroma } = lab(mean[0]!, mean[1]!, mean[2]!);
    const measured = {
      value: round(l, 1),
      limits: { whiteL, nearWhiteL, whiteChroma, darkL, saturatedChroma },
      params: { lightness: Math.round(l), chroma: Math.round(chroma) },
      area: 'background' as const,
    };
    if (!spec.background.whiteAllowed && l > whiteL && chroma < whiteChroma)
      return { status: 'fail', key: 'check.background.colour.white', ...measured };
    if (!spec.background.whiteAllowed && l > nearWhiteL && chroma < whiteChroma)
      return { status: 'warn', key: 'check.background.colour.near_white', ...measured };
    if (l < darkL) return { status: 'warn', key: 'check.background.colour.dark', ...measured };
    if (chroma > saturatedChroma)
      return { status: 'warn', key: 'check.background.colour.saturated', ...measured };
    return { status: 'pass', key: 'check.background.colour.pass', ...measured };
  },
};
