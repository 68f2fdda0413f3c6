import { meshIndex, type FaceGeometry } from '../analyse/mesh';
import { pixelsWhere, polygonPixels } from './pixels';

type Size = { width: number; height: number };

/** Pixels (red-byte indices) of the face's landmarked region: inside the mesh's outline. */
export const faceRegion = (image: Size, face: FaceGeometry): number[] =>
  polygonPixels(image, meshIndex.silhouette.map(face.at));

/**
 * The background, without a segmentation model: above the chin and outside an ellipse generous enough for the
 * head and its hair (1.4 T above the eyes, 0.8 T either side), a 2-pixel border left out.
 */
export function backgroundRegion(image: Size, face: FaceGeometry): number[] {
  const { eyes, chin, t } = face;
  const [cx, cy, rx, ry] = [eyes.x, eyes.y - 0.1 * t, 0.8 * t, 1.3 * t];
  const box = { x: 2, y: 2, width: image.width - 4, height: Math.min(image.height - 4, chin.y - 2) };
  return pixelsWhere(image, box, (x, y) => ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 > 1);
}
