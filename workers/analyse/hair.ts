import type { Point } from '../../shared/engine';
import type { PersonMask } from './segment';

/**
 * The top of the head, hair included, from the person mask of a crop around the face (crop pixels): in the columns
 * above the eyes (T either side of their midpoint), the first person row of each, the higher quarter's (a few
 * stray columns neither lift nor lower it). `cut` when the hair reaches the crop's top row in many of those
 * columns: with a crop that starts at the photo's own top, the hair goes on past the photo.
 */
export function hairTop(mask: PersonMask, eyes: Point, t: number): { y: number; cut: boolean } | undefined {
  const { data, width } = mask;
  const [left, right] = [Math.max(0, Math.round(eyes.x - t)), Math.min(width, Math.round(eyes.x + t))];
  const tops: number[] = [];
  for (let x = left; x < right; x++)
    for (let y = 0; y < eyes.y; y++)
      if (data[y * width + x]! >= 128) {
        tops.push(y);
        break;
      }
  if (tops.length < 0.3 * (right - left)) return undefined;
  tops.sort((a, b) => a - b);
  return {
    y: tops[Math.floor(tops.length / 4)]!,
    cut: tops.filter(y => y === 0).length > 0.15 * (right - left),
  };
}
