import createPica from 'pica/pica_main';
import type { Frame } from '../frame/frame';

// In-worker js/wasm only: nested workers were slower on 2 cores and pica's blob-URL workers break a strict CSP.
const pica = createPica({ features: ['js', 'wasm'] });

export const warmUpResize = async (): Promise<void> => void (await pica.init());

export type Size = { width: number; height: number };

/**
 * The frame of `source`, at exactly `size`. The browser crops and pre-scales to about twice the output in one
 * step (no canvas ever holds the full photo: iOS caps canvases at 16.7 MP); pica's mks2013 does the last,
 * sharpening step. Where pixel reads are scrambled (fingerprinting protection), pica throws: fall back to the
 * browser's own high-quality smoothing.
 */
export async function resize(source: ImageBitmap, frame: Frame, size: Size): Promise<OffscreenCanvas> {
  const scale = Math.min(1, (2 * size.width) / frame.width);
  const step = await createImageBitmap(source, frame.x, frame.y, frame.width, frame.height, {
    resizeWidth: Math.max(size.width, Math.round(frame.width * scale)),
    resizeHeight: Math.max(size.height, Math.round(frame.height * scale)),
    resizeQuality: 'high',
  });
  const target = new OffscreenCanvas(size.width, size.height);
  try {
    const from = new OffscreenCanvas(step.width, step.height);
    from.getContext('2d')!.drawImage(step, 0, 0);
    return await pica.resize(from, target, { filter: 'mks2013' });
  } catch {
    const context = target.getContext('2d')!;
    context.imageSmoothingQuality = 'high';
    context.drawImage(step, 0, 0, size.width, size.height);
    return target;
  } finally {
    step.close();
  }
}
