import type { FaceResult } from '@vladmandic/human';
import type { Box, FaceAnalysis, Point } from '../../shared/engine';
import { decode } from '../decode/decode';
import type { SourceInfo } from '../sniff/guard';
import { detectFaces } from './human';
import { hairTop } from './hair';
import { faceGeometry } from './mesh';
import { poseOf } from './pose';
import { personMask } from './segment';

/** What the checks need from face analysis, in source pixels. */
export type Faces = {
  main: FaceAnalysis;
  /** The 468 mesh points of the main face, from pass 2 (its own crop of the source). */
  mesh: Point[];
  /** Area of the largest other face over the main face's, 0 when alone. */
  secondFace: number;
};

/** A detection this sure is a face; below, a second "face" is more likely a pattern in the background. */
const sureScore = 0.5;
/** Pass 2 measures the face at about this many pixels across (the mesh model reads 192: a little more is sharp). */
const detailSide = 320;
/** Pass 2's crop: the detector's box (forehead to chin) and this much more around it, so the detector finds it again. */
const cropMargin = 1.2;

const area = (face: FaceResult) => face.box[2] * face.box[3];
const boxOf = (
  [x, y, width, height]: FaceResult['box'],
  scale: number,
  offset: Point = { x: 0, y: 0 },
): Box => ({
  x: x / scale + offset.x,
  y: y / scale + offset.y,
  width: width / scale,
  height: height / scale,
});

/**
 * Two passes. Pass 1 finds every face in `image` (a copy of the whole photo scaled by `scale`): how many there are,
 * and which is the main one (the largest whose mesh holds). Pass 2, when the source is given, decodes the source
 * around that face so that it measures about `detailSide` pixels, and measures its landmarks and pose there: a small
 * face in a large photo is measured at full detail, not from the few pixels it has in the copy. Null when no face.
 */
export async function analyseFaces(
  image: ImageBitmap,
  scale: number,
  source?: { file: Blob; info: SourceInfo },
): Promise<Faces | null> {
  const faces = (await detectFaces(image)).filter(face => face.mesh.length >= 468);
  if (faces.length === 0) return null;
  const [main, ...others] = faces.sort((a, b) => area(b) - area(a));
  if (!main || main.score < sureScore) return null;
  const sure = others.filter(face => face.boxScore >= sureScore);
  const detailed = (source && (await measureClosely(main, scale, source))) ?? measured(main, scale);
  return {
    main: { ...detailed.main, count: 1 + sure.length },
    mesh: detailed.mesh,
    secondFace: sure.length ? area(sure[0]!) / area(main) : 0,
  };
}

/** The face's landmarks and pose from one detection, mapped to source pixels. */
function measured(face: FaceResult, scale: number, offset: Point = { x: 0, y: 0 }) {
  const toSource = ([x, y, z = 0]: FaceResult['mesh'][number]) => ({
    x: x / scale + offset.x,
    y: y / scale + offset.y,
    z: z / scale,
  });
  const points = face.mesh.map(toSource);
  const mesh = points.map(({ x, y }) => ({ x, y }));
  const { leftEye, rightEye, chin } = faceGeometry(mesh);
  return {
    main: {
      box: boxOf(face.box, scale, offset),
      landmarks:
        leftEye.x <= rightEye.x
          ? { leftEye, rightEye, chin }
          : { leftEye: rightEye, rightEye: leftEye, chin },
      angles: poseOf(points),
      count: 1,
    },
    mesh,
  };
}

/** Pass 2: the source around the face, decoded at a scale where the face is about `detailSide` pixels. */
async function measureClosely(
  face: FaceResult,
  scale: number,
  { file, info }: { file: Blob; info: SourceInfo },
) {
  const box = boxOf(face.box, scale);
  const side = Math.max(box.width, box.height) * (1 + 2 * cropMargin);
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  const x = Math.max(0, Math.floor(cx - side / 2));
  const y = Math.max(0, Math.floor(cy - side / 2));
  const region = {
    x,
    y,
    width: Math.max(1, Math.min(info.width, Math.ceil(cx + side / 2)) - x),
    height: Math.max(1, Math.min(info.height, Math.ceil(cy + side / 2)) - y),
    scale: Math.min(1, (detailSide * (1 + 2 * cropMargin)) / side),
  };
  const crop = await decode(file, info, region);
  try {
    const found = (await detectFaces(crop)).filter(f => f.mesh.length >= 468 && f.score >= sureScore);
    const cropScale = crop.width / region.width;
    // The face sought is the one nearest the crop's centre (a neighbour's may show at its edge).
    const centre = { x: (cx - x) * cropScale, y: (cy - y) * cropScale };
    const distance = (f: FaceResult) =>
      Math.hypot(f.box[0] + f.box[2] / 2 - centre.x, f.box[1] + f.box[3] / 2 - centre.y);
    const [nearest] = found.sort((a, b) => distance(a) - distance(b));
    if (!nearest || distance(nearest) > Math.max(nearest.box[2], nearest.box[3])) return undefined;
    const result = measured(nearest, cropScale, { x, y });
    // The hair, which the mesh does not cover: where the head really ends, and whether the photo cuts it.
    const mask = await personMask(crop);
    const { eyes, t } = faceGeometry(nearest.mesh.map(([px, py]) => ({ x: px, y: py })));
    const top = mask && hairTop(mask, eyes, t);
    if (!top) return result;
    const hair = { top: { x: eyes.x / cropScale + x, y: top.y / cropScale + y }, cut: top.cut && y === 0 };
    return { ...result, main: { ...result.main, hair } };
  } finally {
    crop.close();
  }
}
