import type { Box, Point } from '../../shared/engine';
import { profiles, type CheckLimits, type PhotoSpec } from '../../shared/profiles';
import { checkLimits } from '../../shared/profiles/check-limits';
import type { Faces } from '../analyse/analyse';
import { faceGeometry, meshIndex } from '../analyse/mesh';
import type { PersonMask } from '../analyse/segment';
import type { CheckModule } from './check';

/**
 * Small synthetic inputs for the checks' unit tests (*.unit.test.ts): a parametric face mesh, pictures painted
 * pixel by pixel, a person mask, and a whole check context around them. The output is the source (identity frame).
 */
export type Context = Parameters<CheckModule['run']>[0];
export type Rgb = readonly [number, number, number];

/** The demo profile's card: 413 × 531, white background forbidden, colour required. */
export const spec: PhotoSpec = profiles.find(profile => profile.id === 'demo')!.photo;

/** A face by its eyes' midpoint (cx, eyesY), T (eyes to chin), eye distance; lid gaps as shares of the eye's width, the lip gap of T. */
export type FaceShape = {
  cx: number;
  eyesY: number;
  t: number;
  ied: number;
  leftGap: number;
  rightGap: number;
  lipGap: number;
};
/** Chin to crown 2T = 75 % of the height, eyes centred, eyes open, mouth closed. */
export const face0: FaceShape = {
  cx: 206.5,
  eyesY: 253,
  t: 200,
  ied: 108,
  leftGap: 0.3,
  rightGap: 0.3,
  lipGap: 0,
};

/** The silhouette's ellipse: from 0.5 T above the eyes to the chin, 1.1 eye distances either side. */
export const outline = ({ cx, eyesY, t, ied }: FaceShape) => ({
  cx,
  cy: eyesY + 0.25 * t,
  rx: 1.1 * ied,
  ry: 0.75 * t,
});

export const inFace = (shape: FaceShape, x: number, y: number): boolean => {
  const { cx, cy, rx, ry } = outline(shape);
  return ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
};

/** 468 points: eye outlines on ellipses (corners and lid pairs where meshIndex says), lips, silhouette, the rest at the face's centre. */
export function syntheticMesh(shape: FaceShape): Point[] {
  const { cx, eyesY, t, ied } = shape;
  const { cy, rx, ry } = outline(shape);
  const mesh: Point[] = Array.from({ length: 468 }, () => ({ x: cx, y: cy }));
  const w = 0.2 * ied;
  // Point i of an eye's outline at angle 2πi/16 from its outer corner: i = 4 and 12 are the middle lid pair.
  const eye = (indices: readonly number[], x: number, side: number, gap: number) =>
    indices.forEach((index, i) => {
      const angle = (2 * Math.PI * i) / 16;
      mesh[index] = { x: x + side * w * Math.cos(angle), y: eyesY + gap * w * Math.sin(angle) };
    });
  eye(meshIndex.leftEye, cx - ied / 2, -1, shape.leftGap);
  eye(meshIndex.rightEye, cx + ied / 2, 1, shape.rightGap);
  const mouthY = eyesY + 0.6 * t;
  mesh[meshIndex.mouthCorners[0]] = { x: cx - 0.4 * ied, y: mouthY };
  mesh[meshIndex.mouthCorners[1]] = { x: cx + 0.4 * ied, y: mouthY };
  meshIndex.innerLips.forEach(([upper, lower], i) => {
    const [x, gap] = [cx + [0, -0.15, 0.15][i]! * ied, shape.lipGap * t * (i ? 0.8 : 1)];
    [mesh[upper], mesh[lower]] = [
      { x, y: mouthY - gap / 2 },
      { x, y: mouthY + gap / 2 },
    ];
  });
  // Silhouette index k at angle 2πk/36 from the forehead: k = 18 is the chin, T below the eyes.
  meshIndex.silhouette.forEach((index, k) => {
    const angle = (2 * Math.PI * k) / 36;
    mesh[index] = { x: cx + rx * Math.sin(angle), y: cy - ry * Math.cos(angle) };
  });
  return mesh;
}

/** The face as the checks get it: geometry, the box round the mesh, and face analysis's findings. */
export function syntheticFace(shape: FaceShape = face0, angles = { yaw: 0, pitch: 0, roll: 0 }) {
  const face = faceGeometry(syntheticMesh(shape));
  const [xs, ys] = [face.mesh.map(p => p.x), face.mesh.map(p => p.y)];
  const [x, y] = [Math.min(...xs), Math.min(...ys)];
  const faceBox: Box = { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
  const { leftEye, rightEye, chin } = face;
  const faces: Faces = {
    main: { box: faceBox, landmarks: { leftEye, rightEye, chin }, angles, count: 1 },
    mesh: [...face.mesh],
    secondFace: 0,
  };
  return { face, faceBox, faces };
}

/** A seeded generator (the same noise on every run). */
export function random(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

export const grey = (v: number): Rgb => [v, v, v];
export const background0: Rgb = [190, 210, 235];
export const skin: Rgb = [200, 160, 140];

/** A picture painted pixel by pixel, as the checks get it: an OffscreenCanvas and its ImageData. */
export function picture(colourAt: (x: number, y: number) => Rgb, size = spec) {
  const pixels = new ImageData(size.width, size.height);
  for (let y = 0, i = 0; y < size.height; y++)
    for (let x = 0; x < size.width; x++, i += 4) {
      const [r, g, b] = colourAt(x + 0.5, y + 0.5);
      pixels.data.set([r, g, b, 255], i);
    }
  const output = new OffscreenCanvas(size.width, size.height);
  output.getContext('2d')!.putImageData(pixels, 0, 0);
  return { output, pixels };
}

/** The same picture through the canvas's gaussian blur. */
export function blurred({ output }: { output: OffscreenCanvas }, radius: number) {
  const copy = new OffscreenCanvas(output.width, output.height);
  const context = copy.getContext('2d')!;
  context.filter = `blur(${radius}px)`;
  context.drawImage(output, 0, 0);
  return { output: copy, pixels: context.getImageData(0, 0, copy.width, copy.height) };
}

/** The face (skin) on a plain background, or what `face` and `back` paint at each pixel. */
export const portrait = (
  shape = face0,
  face: (x: number, y: number) => Rgb = () => skin,
  back: (x: number, y: number) => Rgb = () => background0,
) => picture((x, y) => (inFace(shape, x, y) ? face(x, y) : back(x, y)));

/** A head (ellipse from `crownY` to below the chin), a neck and shoulders: 255 person, 0 background. */
export function syntheticMask(shape = face0, crownY = shape.eyesY - 1.15 * shape.t, size = spec): PersonMask {
  const { cx, eyesY, t } = shape;
  const [top, bottom] = [crownY, eyesY + 0.85 * t];
  const [cy, ry, rx] = [(top + bottom) / 2, (bottom - top) / 2, 0.65 * t];
  const person = (x: number, y: number) =>
    ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1 ||
    (Math.abs(x - cx) < 0.35 * t && y > eyesY + 0.5 * t) ||
    (Math.abs(x - cx) < 0.8 * t && y > eyesY + 1.1 * t);
  const data = new Uint8Array(size.width * size.height);
  for (let y = 0; y < size.height; y++)
    for (let x = 0; x < size.width; x++) data[y * size.width + x] = person(x + 0.5, y + 0.5) ? 255 : 0;
  return { data, width: size.width, height: size.height };
}

export const isPerson = (mask: PersonMask, x: number, y: number): boolean =>
  mask.data[Math.floor(y) * mask.width + Math.floor(x)]! >= 128;

/** The default limits with the tested check's own: tests never rely on default numbers. */
export const limitsWith = (own: Partial<CheckLimits>): CheckLimits => ({ ...checkLimits({}), ...own });

/** A whole context: the face0 portrait, identity frame, default limits (tests set the ones they test). */
export function syntheticContext(overrides: Partial<Context> = {}, shape = face0): Context {
  const inside = (p: Point) => p.x >= 0 && p.y >= 0 && p.x < spec.width && p.y < spec.height;
  return {
    lang: 'en',
    spec,
    limits: checkLimits({}),
    frame: { x: 0, y: 0, width: spec.width, height: spec.height, rotation: 0 },
    fit: 'ideal',
    source: { width: spec.width, height: spec.height },
    analysis: 'done',
    ...syntheticFace(shape),
    inSource: inside,
    mask: null,
    encoded: { fits: true, bytes: 40_000 },
    ...portrait(shape),
    ...overrides,
  };
}
