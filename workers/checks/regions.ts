import type { PersonMask } from '../analyse/segment';
import { meshIndex, type FaceGeometry } from '../analyse/mesh';
import { pixelsWhere, polygonPixels } from './pixels';

type Size = { width: number; height: number };

/** Pixels (red-byte indices) of the face's landmarked region: inside the mesh's outline. */
export const faceRegion = (image: Size, face: FaceGeometry): number[] =>
  polygonPixels(image, meshIndex.silhouette.map(face.at));

/** The person's edge is soft (hair, the mask's own blur): the background starts this far from it (share of width). */
const edgeShare = 0.02;

/**
 * 1 where the mask calls a pixel background and no person pixel lies within `radius` of it (the person grown by a
 * separable max filter), else 0.
 */
export function clearBackground(mask: PersonMask, radius: number): Uint8Array {
  const { data, width, height } = mask;
  const grown = (source: Uint8Array, along: 'x' | 'y') => {
    const out = new Uint8Array(source.length);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        let person = 0;
        for (let d = -radius; d <= radius && !person; d++) {
          const [sx, sy] = along === 'x' ? [x + d, y] : [x, y + d];
          if (sx >= 0 && sy >= 0 && sx < width && sy < height) person = source[sy * width + sx]!;
        }
        out[y * width + x] = person;
      }
    return out;
  };
  const person = Uint8Array.from(data, value => (value >= 64 ? 1 : 0));
  const near = grown(grown(person, 'x'), 'y');
  return Uint8Array.from(near, value => 1 - value);
}

const cleared = new WeakMap<PersonMask, Uint8Array>();

/**
 * The background: with a person mask, the pixels it calls background away from the person's edge; without one,
 * above the chin and outside an ellipse generous enough for the head and its hair (1.4 T above the eyes, 0.8 T
 * either side). A 2-pixel border is left out. `image` may be a scaled copy of the output the mask was made on.
 */
export function backgroundRegion(image: Size, face: FaceGeometry, mask: PersonMask | null = null): number[] {
  const border = { x: 2, y: 2, width: image.width - 4, height: image.height - 4 };
  if (mask) {
    let clear = cleared.get(mask);
    if (!clear) cleared.set(mask, (clear = clearBackground(mask, Math.ceil(edgeShare * mask.width))));
    const [sx, sy] = [mask.width / image.width, mask.height / image.height];
    return pixelsWhere(
      image,
      border,
      (x, y) => clear[Math.floor(y * sy) * mask.width + Math.floor(x * sx)] === 1,
    );
  }
  const { eyes, chin, t } = face;
  const [cx, cy, rx, ry] = [eyes.x, eyes.y - 0.1 * t, 0.8 * t, 1.3 * t];
  const above = { ...border, height: Math.min(image.height - 4, chin.y - 2) };
  return pixelsWhere(image, above, (x, y) => ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 > 1);
}
