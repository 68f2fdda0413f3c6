import type { Point } from '../../shared/engine';

/**
 * MediaPipe FaceMesh indices (research/photo.md §3, human's 468-point mesh). "Image-left" is the eye on the left
 * of the picture (the person's right eye).
 */
export const meshIndex = {
  leftEyeCorners: [33, 133],
  rightEyeCorners: [362, 263],
  /** Upper/lower eyelid pairs, three per eye (OFIQ's EyesOpen). */
  leftLids: [
    [159, 145],
    [158, 153],
    [160, 144],
  ],
  rightLids: [
    [386, 374],
    [385, 380],
    [387, 373],
  ],
  /** Upper/lower inner-lip pairs (OFIQ's MouthClosed). */
  innerLips: [
    [13, 14],
    [82, 87],
    [312, 317],
  ],
  mouthCorners: [61, 291],
  chin: 152,
  leftEye: [33, 7, 163, 144, 145, 153, 154, 155, 133, 173, 157, 158, 159, 160, 161, 246],
  rightEye: [263, 249, 390, 373, 374, 380, 381, 382, 362, 398, 384, 385, 386, 387, 388, 466],
  /** The face's outline, in order round it (forehead, cheeks, jaw): the "landmarked region". */
  silhouette: [
    10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400, 377, 152, 148, 176,
    149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109,
  ],
} as const;

export const midpoint = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
export const distance = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);

/** The measures every face check starts from, in the mesh's own pixels. */
export function faceGeometry(mesh: readonly Point[]) {
  const at = (i: number) => mesh[i]!;
  const pair = ([a, b]: readonly [number, number] | readonly number[]) => midpoint(at(a!), at(b!));
  const leftEye = pair(meshIndex.leftEyeCorners);
  const rightEye = pair(meshIndex.rightEyeCorners);
  const eyes = midpoint(leftEye, rightEye);
  const chin = at(meshIndex.chin);
  return {
    mesh,
    at,
    leftEye,
    rightEye,
    eyes,
    chin,
    mouth: pair(meshIndex.mouthCorners),
    /** Eyes' midpoint to chin: the unit of every face ratio. */
    t: distance(eyes, chin),
    ied: distance(leftEye, rightEye),
  };
}
export type FaceGeometry = ReturnType<typeof faceGeometry>;

/** The same face on a copy of the picture scaled by `scale`. */
export const scaledGeometry = (face: FaceGeometry, scale: number): FaceGeometry =>
  faceGeometry(face.mesh.map(p => ({ x: p.x * scale, y: p.y * scale })));
