import { engine } from '../../app/engine';
import { profile } from '../../app/settings';
import type { Located } from '../../../workers/bridge';
import { faceDownload } from '../../analysis/analysis';
import { hintFor, lightOf, steady, type Hint } from './camera-hints';

/** Long side of the frame the engine looks at for the live hints: enough for a face, cheap to detect on. */
const locateSide = 480;
const tickMs = 700;
/** A face seen longer ago than this no longer counts (the person moved, the engine went quiet). */
const freshMs = 5000;

/** Mean luma of the picture, from a tiny copy. */
function lumaOf(video: HTMLVideoElement, probe: HTMLCanvasElement): number {
  const context = probe.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(video, 0, 0, probe.width, probe.height);
  const pixels = context.getImageData(0, 0, probe.width, probe.height).data;
  let sum = 0;
  for (let i = 0; i < pixels.length; i += 4)
    sum += 0.299 * pixels[i]! + 0.587 * pixels[i + 1]! + 0.114 * pixels[i + 2]!;
  return sum / (pixels.length / 4);
}

/**
 * Watches a live camera for the dialog's hint: every tick the light, and the face from a small frame sent to the
 * engine (one at a time; the bridge also skips while a photo is being processed). `onHint` hears a hint only once it
 * has held (camera-hints.ts `steady`). A failed or late locate leaves the light hint alone. Returns the stop.
 */
export function watchCamera(video: HTMLVideoElement, onHint: (hint: Hint) => void): () => void {
  const probe = document.createElement('canvas');
  [probe.width, probe.height] = [32, 24];
  const shown = steady<Hint>('hint');
  let located: { at: number; found: Located } | undefined;
  let locating = false;
  let stopped = false;

  // Opening the camera is taking a photo: the download goes ahead even where the browser spares data.
  faceDownload.start('photo');
  async function locate() {
    // Until the page has the face analysis, the engine would fetch it itself: the light hint goes on alone.
    if (locating || !faceDownload.done()) return;
    locating = true;
    try {
      const scale = locateSide / Math.max(video.videoWidth, video.videoHeight);
      const frame = await createImageBitmap(video, {
        resizeWidth: Math.round(video.videoWidth * scale),
        resizeHeight: Math.round(video.videoHeight * scale),
        resizeQuality: 'low',
      });
      const found = await engine.locate(frame, profile().photo);
      if (found && !stopped) located = { at: performance.now(), found };
    } catch {
      // No frame yet, or the engine failed: the light hint goes on alone.
    } finally {
      locating = false;
    }
  }

  const ticking = setInterval(() => {
    if (!video.videoWidth) return;
    void locate();
    const now = performance.now();
    if (located && now - located.at > freshMs) located = undefined;
    const size = { width: video.videoWidth, height: video.videoHeight };
    onHint(shown(hintFor(lightOf(lumaOf(video, probe)), located?.found, size), now));
  }, tickMs);
  return () => {
    stopped = true;
    clearInterval(ticking);
  };
}
