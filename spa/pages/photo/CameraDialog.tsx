import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { t } from '../../app/i18n';
import { guide, type Hint } from './camera-hints';
import { watchCamera } from './camera-watch';

export type CameraProblem = 'denied' | 'missing' | 'failed';

/** What getUserMedia's refusal means for the person. */
const problemOf = (error: unknown): CameraProblem =>
  error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'SecurityError')
    ? 'denied'
    : error instanceof DOMException &&
        (error.name === 'NotFoundError' || error.name === 'OverconstrainedError')
      ? 'missing'
      : 'failed';

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
  let unwatch: (() => void) | undefined;
  let dialog: HTMLDialogElement | undefined;
  let video: HTMLVideoElement | undefined;
  let stream: MediaStream | undefined;
  let opener: HTMLElement | undefined;

  const stop = () => {
    unwatch?.();
    unwatch = undefined;
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
      setHint('hint');
      unwatch = watchCamera(video!, setHint);
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
