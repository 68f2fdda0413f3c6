import type { FaceResult } from '@vladmandic/human';
import type { Box } from '../../shared/engine';
import type { FaceAnalysis } from '../process';
import type { Point } from '../frame/frame';
import { detectFaces } from './human';
import { faceGeometry } from './mesh';

/** What the checks need from face analysis, in source pixels. */
export type Faces = {
  main: FaceAnalysis;
  /** The 468 mesh points of the main face. */
  mesh: Point[];
  /** Area of the largest other face over the main face's, 0 when alone. */
  secondFace: number;
};

/** A detection this sure is a face; below, a second "face" is more likely a pattern in the background. */
const sureScore = 0.5;

const area = (face: FaceResult) => face.box[2] * face.box[3];
const toDegrees = (radians: number) => (radians * 180) / Math.PI;

/**
 * Faces in `preview` (a copy of the whole source scaled by `scale`), mapped back to source pixels; null when none.
 * The main face is the largest one whose mesh holds.
 */
export async function analyseFaces(preview: ImageBitmap, scale: number): Promise<Faces | null> {
  const faces = (await detectFaces(preview)).filter(face => face.mesh.length >= 468);
  if (faces.length === 0) return null;
  const [main, ...others] = faces.sort((a, b) => area(b) - area(a));
  if (!main || main.score < sureScore) return null;
  const toSource = ([x, y]: FaceResult['mesh'][number]): Point => ({ x: x / scale, y: y / scale });
  const mesh = main.mesh.map(toSource);
  const { leftEye, rightEye, chin } = faceGeometry(mesh);
  const sure = others.filter(face => face.boxScore >= sureScore);
  const [x, y, width, height] = main.box.map(value => value / scale) as [number, number, number, number];
  const box: Box = { x, y, width, height };
  const angle = main.rotation?.angle ?? { yaw: 0, pitch: 0, roll: 0 };
  return {
    main: {
      box,
      landmarks:
        leftEye.x <= rightEye.x
          ? { leftEye, rightEye, chin }
          : { leftEye: rightEye, rightEye: leftEye, chin },
      angles: { yaw: toDegrees(angle.yaw), pitch: toDegrees(angle.pitch), roll: toDegrees(angle.roll) },
      count: 1 + sure.length,
    },
    mesh,
    secondFace: sure.length ? area(sure[0]!) / area(main) : 0,
  };
}
