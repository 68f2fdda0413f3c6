import createPica from 'pica/pica_main';
import type { Frame } from '../../shared/engine';

// In-worker js/wasm only: nested workers were slower on 2 cores and pica's blob-URL workers break a strict CSP.
const pica = createPica({ features: ['js', 'wasm'] });

export const warmUpResize = async (): Promise<void> => void (await pica.init());

export type Size = { width: number; height: number };

/**
 * Draws the frame (turned level, at most twice the output size) on white: transparent pixels and any part of the
 * frame outside the photo come out white, never black, in a JPEG. No canvas ever holds the full photo (iOS caps
 * canvases at 16.7 MP).
 */
function frameOnWhite(source: ImageBitmap, frame: Frame, size: Size): OffscreenCanvas {
  const scale = Math.min(1, (2 * size.width) / frame.width);
  const step = new OffscreenCanvas(
    Math.max(size.width, Math.round(frame.width * scale)),
    Math.max(size.height, Math.round(frame.height * scale)),
  );
  const context = step.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, step.width, step.height);
  context.imageSmoothingQuality = 'high';
  context.translate(step.width / 2, step.height / 2);
  context.scale(step.width / frame.width, step.height / frame.height);
  context.rotate((-frame.rotation * Math.PI) / 180);
  context.translate(-(frame.x + frame.width / 2), -(frame.y + frame.height / 2));
  context.drawImage(source, 0, 0);
  return step;
}

/**
 * The frame of `source`, at exactly `size`: the browser does the rough pre-scale, pica's mks2013 the last,
 * sharpening step. Where pixel reads are scrambled (fingerprinting protection), pica throws: fall back to the
 * browser's own high-quality smoothing.
 */
export async function resize(source: ImageBitmap, frame: Frame, size: Size): Promise<OffscreenCanvas> {
  const step = frameOnWhite(source, frame, size);
  const target = new OffscreenCanvas(size.width, size.height);
  try {
    return await pica.resize(step, target, { filter: 'mks2013' });
  } catch {
    const context = target.getContext('2d')!;
    context.imageSmoothingQuality = 'high';
    context.drawImage(step, 0, 0, size.width, size.height);
    return target;
  }
}
