import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { engine } from '../../app/engine';
import { t } from '../../app/i18n';
import { profile } from '../../app/settings';
import type { Located } from '../../../workers/bridge';
import { guide, hintFor, lightOf, steady, type Hint } from './camera-hints';

export type CameraProblem = 'denied' | 'missing' | 'failed';

/** What getUserMedia's refusal means for the person. */
const problemOf = (error: unknown): CameraProblem =>
  error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'SecurityError')
    ? 'denied'
    : error instanceof DOMException &&
        (error.name === 'NotFoundError' || error.name === 'OverconstrainedError')
      ? 'missing'
      : 'failed';

/** Long side of the frame the engine looks at for the live hints: enough for a face, cheap to detect on. */
const locateSide = 480;

/**
 * The computer's camera in a modal dialog: front camera, 1280 × 960 asked, an oval to place the face in, and a live
 * hint on the light and the face (camera-hints.ts). The camera runs only while the dialog is open; Escape or
 * "Arrêter la caméra" stop it, and focus goes back to the button.
 */
export function CameraDialog(props: {
  /** Set to open the dialog (the person pressed "Prendre une photo"); `onClose` says it closed. */
  open: boolean;
  onClose: () => void;
  onPhoto: (photo: Blob) => void;
  onProblem: (problem: CameraProblem) => void;
}) {
  const [live, setLive] = createSignal(false);
  const [hint, setHint] = createSignal<Hint>('hint');
  let watching: ReturnType<typeof setInterval> | undefined;
  /** Changes on every open, so a locate answering after the dialog closed is dropped. */
  let session = 0;
  let located: { at: number; found: Located } | undefined;
  let shown = steady<Hint>('hint');
  let dialog: HTMLDialogElement | undefined;
  let video: HTMLVideoElement | undefined;
  let stream: MediaStream | undefined;
  let opener: HTMLElement | undefined;

  const stop = () => {
    clearInterval(watching);
    session++;
    located = undefined;
    stream?.getTracks().forEach(track => track.stop());
    stream = undefined;
    setLive(false);
  };
  onCleanup(stop);

  async function open() {
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    dialog?.showModal();
    try {
      if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('', 'NotFoundError');
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'user', width: { ideal: 1280 }, height: { ideal: 960 } },
        audio: false,
      });
      if (!dialog?.open) return stop(); // closed while the browser was asking
      video!.srcObject = stream;
      await video!.play();
      setLive(true);
      shown = steady<Hint>('hint');
      setHint('hint');
      watching = setInterval(watch, 700);
    } catch (error) {
      opener = undefined; // the focus goes to the file path instead (onProblem)
      dialog?.close();
      props.onProblem(problemOf(error));
    }
  }
  createEffect(
    on(
      () => props.open,
      wanted => wanted && void open(),
    ),
  );

  /** The light, from a tiny copy of the picture: mean luma. */
  const probe = document.createElement('canvas');
  [probe.width, probe.height] = [32, 24];
  function luma(source: HTMLVideoElement) {
    const context = probe.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(source, 0, 0, probe.width, probe.height);
    const pixels = context.getImageData(0, 0, probe.width, probe.height).data;
    let sum = 0;
    for (let i = 0; i < pixels.length; i += 4)
      sum += 0.299 * pixels[i]! + 0.587 * pixels[i + 1]! + 0.114 * pixels[i + 2]!;
    return sum / (pixels.length / 4);
  }

  /**
   * The face, from a small frame sent to the engine. One at a time (the bridge also skips while a photo is being
   * processed); a failure or a late answer leaves the light hint alone, the dialog never hears of it.
   */
  let locating = false;
  async function locate(source: HTMLVideoElement) {
    if (locating) return;
    locating = true;
    const opened = session;
    try {
      const scale = locateSide / Math.max(source.videoWidth, source.videoHeight);
      const frame = await createImageBitmap(source, {
        resizeWidth: Math.round(source.videoWidth * scale),
        resizeHeight: Math.round(source.videoHeight * scale),
        resizeQuality: 'low',
      });
      const found = await engine.locate(frame, profile().photo);
      if (found && opened === session) located = { at: performance.now(), found };
    } catch {
      // No frame yet, or the engine failed: the light hint goes on alone.
    } finally {
      locating = false;
    }
  }

  /** Every tick: the light, the latest face (if fresh), and a hint that changes only when the advice holds. */
  function watch() {
    if (!video?.videoWidth) return;
    void locate(video);
    const now = performance.now();
    if (located && now - located.at > 5000) located = undefined;
    const size = { width: video.videoWidth, height: video.videoHeight };
    setHint(shown(hintFor(lightOf(luma(video)), located?.found, size), now));
  }

  async function capture() {
    if (!video || !live()) return;
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [video.videoWidth, video.videoHeight];
    canvas.getContext('2d')!.drawImage(video, 0, 0);
    const photo = await new Promise<Blob | null>(resolve => canvas.toBlob(resolve, 'image/jpeg', 0.92));
    dialog?.close();
    if (photo) props.onPhoto(photo);
  }

  return (
    <dialog
      ref={dialog}
      class="camera"
      aria-labelledby="camera-title"
      onClose={() => {
        stop();
        opener?.focus();
        props.onClose();
      }}
    >
      <h3 id="camera-title">{t('studio.camera.title')}</h3>
      <p role="status">{live() ? t(`studio.camera.${hint()}`) : t('studio.camera.starting')}</p>
      <div class="viewfinder">
        <video ref={video} muted playsinline aria-label={t('studio.camera.video')} />
        {/* Green when ready: a cue beside the status text, never instead of it. */}
        <svg
          class="oval"
          classList={{ ready: live() && hint() === 'ready' }}
          viewBox={`0 0 ${guide.width} ${guide.height}`}
          aria-hidden="true"
        >
          <ellipse cx={guide.cx} cy={guide.cy} rx={guide.rx} ry={guide.ry} />
        </svg>
      </div>
      <p class="actions">
        <button type="button" class="primary" disabled={!live()} onClick={() => void capture()}>
          {t('studio.camera.capture')}
        </button>
        <button type="button" onClick={() => dialog?.close()}>
          {t('studio.camera.stop')}
        </button>
      </p>
    </dialog>
  );
}
