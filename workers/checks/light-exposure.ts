import type { CheckModule } from './check';
import { round, worst } from './check';
import { luminance } from './pixels';
import { faceRegion } from './regions';

/** Face neither too dark nor too bright (OFIQ's luminance mean, linear), and no burnt highlights (L ≥ 247/255). */
export const lightExposure: CheckModule = {
  id: 'light.exposure',
  needsFace: true,
  run({ face, pixels, limits, faceBox, inSource }) {
    const { passMin, passMax, warnMin, warnMax, clippedWarn, clippedFail } = limits['light.exposure'];
    // White laid past the photo's edge is not a burnt highlight.
    const region = faceRegion(pixels, face).filter(i => {
      const p = i / 4;
      return inSource({ x: (p % pixels.width) + 0.5, y: Math.floor(p / pixels.width) + 0.5 });
    });
    let [sum, clipped] = [0, 0];
    for (const i of region) {
      const l = luminance(pixels.data, i);
      sum += l;
      if (l >= 247 / 255) clipped++;
    }
    const mean = region.length ? sum / region.length : 0;
    const burnt = region.length ? clipped / region.length : 0;
    const level =
      mean < warnMin || mean > warnMax ? 'fail' : mean < passMin || mean > passMax ? 'warn' : 'pass';
    const highlights = burnt > clippedFail ? 'fail' : burnt > clippedWarn ? 'warn' : 'pass';
    const status = worst(level, highlights);
    const key =
      level !== 'pass' && level === status
        ? mean < passMin
          ? 'check.light.exposure.dark'
          : 'check.light.exposure.bright'
        : highlights !== 'pass'
          ? 'check.light.exposure.clipped'
          : 'check.light.exposure.pass';
    return {
      status,
      key,
      value: round(mean),
      limits: { passMin, passMax, warnMin, warnMax, clippedWarn, clippedFail },
      params: { clipped: round(100 * burnt, 1) },
      area: faceBox,
    };
  },
};
