import type { Analysis, Box, Frame, Point } from '../../shared/engine';
import { decode } from '../decode/decode';
import type { SourceInfo } from '../sniff/guard';
import { analyseFaces, type Faces } from './analyse';
import { humanLoaded, loadHuman } from './human';
import { faceGeometry, type FaceGeometry } from './mesh';

/** Face analysis reads a copy of at most this many pixels on its long side (and the studio shows it). */
export const previewSide = 1024;

/** Starts downloading human and its models while the photo decodes; a failure shows later, in `analyseSource`. */
export const startLoadingHuman = (): void => void loadHuman().catch(() => {});

export type { Analysis };

export type Analysed = {
  /** null: no face. */
  faces: Faces | null;
  analysis: Analysis;
  /** Absent when analysis was not asked for. */
  preview?: { blob: Blob; scale: number };
};

/**
 * One small decode of the whole source serves both the face analysis's first pass and the preview the studio
 * frames on (the second pass decodes the source around the face again, at full detail). A
 * failing analysis is not the photo's fault: the photo goes on, and the report says the face was not checked. When
 * the models may not be fetched (`fetching` false) and are not loaded, the photo goes on without them (`later`).
 */
export async function analyseSource(file: Blob, info: SourceInfo, fetching = true): Promise<Analysed> {
  const scale = Math.min(1, previewSide / Math.max(info.width, info.height));
  const bitmap = await decode(file, info, { x: 0, y: 0, width: info.width, height: info.height, scale });
  try {
    const actual = bitmap.width / info.width;
    let [faces, analysis] = [null as Faces | null, 'done' as Analysis];
    try {
      if (!fetching && !humanLoaded()) analysis = 'later';
      else faces = await analyseFaces(bitmap, actual, { file, info });
    } catch (error) {
      console.warn('face analysis', error);
      analysis = 'unavailable';
    }
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
    return { faces, analysis, preview: { blob, scale: actual } };
  } finally {
    bitmap.close();
  }
}

/** From source pixels to output pixels: the inverse of how resize() draws the frame (turned level, scaled). */
export function toOutput(frame: Frame, size: { width: number; height: number }) {
  const angle = (-frame.rotation * Math.PI) / 180;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const [cx, cy] = [frame.x + frame.width / 2, frame.y + frame.height / 2];
  const scale = size.width / frame.width;
  return (p: Point): Point => {
    const [dx, dy] = [p.x - cx, p.y - cy];
    return {
      x: size.width / 2 + scale * (dx * cos - dy * sin),
      y: size.height / 2 + scale * (dx * sin + dy * cos),
    };
  };
}

/** Whether a point in output pixels falls on the photo (past an output edge that is the photo's edge, it does not). */
export function showsSource(
  frame: Frame,
  size: { width: number; height: number },
  source: { width: number; height: number },
) {
  const angle = (frame.rotation * Math.PI) / 180;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const scale = frame.width / size.width;
  const [cx, cy] = [frame.x + frame.width / 2, frame.y + frame.height / 2];
  return (p: Point): boolean => {
    const [dx, dy] = [(p.x - size.width / 2) * scale, (p.y - size.height / 2) * scale];
    const [x, y] = [cx + dx * cos - dy * sin, cy + dx * sin + dy * cos];
    return x >= 0 && y >= 0 && x < source.width && y < source.height;
  };
}

/** The main face on the output: its geometry and the box around its mesh. */
export function faceOnOutput(
  faces: Faces,
  frame: Frame,
  size: { width: number; height: number },
): { face: FaceGeometry; faceBox: Box } {
  const face = faceGeometry(faces.mesh.map(toOutput(frame, size)));
  const xs = face.mesh.map(p => p.x);
  const ys = face.mesh.map(p => p.y);
  const [x, y] = [Math.min(...xs), Math.min(...ys)];
  return { face, faceBox: { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y } };
}
