import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { t } from '../../app/i18n';

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
 * The computer's camera in a modal dialog: front camera, 1280 × 960 asked, an oval to place the face in. The camera
 * runs only while the dialog is open; Escape or "Arrêter la caméra" stop it, and focus goes back to the button.
 */
export function CameraDialog(props: {
  /** Set to open the dialog (the person pressed "Prendre une photo"); `onClose` says it closed. */
  open: boolean;
  onClose: () => void;
  onPhoto: (photo: Blob) => void;
  onProblem: (problem: CameraProblem) => void;
}) {
  const [live, setLive] = createSignal(false);
  const [hint, setHint] = createSignal<'studio.camera.hint' | 'studio.camera.dark' | 'studio.camera.bright'>(
    'studio.camera.hint',
  );
  let watching: ReturnType<typeof setInterval> | undefined;
  let dialog: HTMLDialogElement | undefined;
  let video: HTMLVideoElement | undefined;
  let stream: MediaStream | undefined;
  let opener: HTMLElement | undefined;

  const stop = () => {
    clearInterval(watching);
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
      watching = setInterval(watchLight, 700);
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

  /** A live hint on the light, from a tiny copy of the picture; it changes only when the advice does. */
  const probe = document.createElement('canvas');
  [probe.width, probe.height] = [32, 24];
  function watchLight() {
    if (!video) return;
    const context = probe.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(video, 0, 0, probe.width, probe.height);
    const pixels = context.getImageData(0, 0, probe.width, probe.height).data;
    let sum = 0;
    for (let i = 0; i < pixels.length; i += 4)
      sum += 0.299 * pixels[i]! + 0.587 * pixels[i + 1]! + 0.114 * pixels[i + 2]!;
    const luma = sum / (pixels.length / 4);
    setHint(luma < 60 ? 'studio.camera.dark' : luma > 210 ? 'studio.camera.bright' : 'studio.camera.hint');
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
      <p role="status">{live() ? t(hint()) : t('studio.camera.starting')}</p>
      <div class="viewfinder">
        <video ref={video} muted playsinline aria-label={t('studio.camera.video')} />
        <svg class="oval" viewBox="0 0 100 130" aria-hidden="true">
          <ellipse cx="50" cy="58" rx="27" ry="37" />
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
