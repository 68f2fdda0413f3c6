import type { PhotoSpec } from '../../shared/profiles';

export type Frame = { x: number; y: number; width: number; height: number; rotation: number };

/** The largest rectangle at the spec's aspect ratio, centred: the frame when no face guides it. */
export function centredFrame(source: { width: number; height: number }, spec: PhotoSpec): Frame {
  const aspect = spec.width / spec.height;
  const width = Math.min(source.width, source.height * aspect);
  const height = width / aspect;
  return {
    x: Math.round((source.width - width) / 2),
    y: Math.round((source.height - height) / 2),
    width: Math.round(width),
    height: Math.round(height),
    rotation: 0,
  };
}
