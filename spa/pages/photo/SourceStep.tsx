import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { t } from '../../app/i18n';
import { CameraDialog, type CameraProblem } from './CameraDialog';
import type { Wizard } from './wizard';

/** Phones take the photo with their own camera app; computers get the camera in a dialog. */
const isPhone = () => matchMedia('(pointer: coarse)').matches;

/** Step 2: take a photo or choose one (file, drag and drop, paste); formats and limits are stated first. */
export function SourceStep(props: { wizard: Wizard; problem: string }) {
  const [cameraProblem, setCameraProblem] = createSignal<CameraProblem>();
  const [dragging, setDragging] = createSignal(false);
  let fileInput: HTMLInputElement | undefined;
  let captureInput: HTMLInputElement | undefined;
  const [cameraOpen, setCameraOpen] = createSignal(false);

  const error = () => props.problem;
  const take = (file: Blob | null | undefined) => {
    if (file) void props.wizard.choose(file);
  };
  const onPaste = (event: ClipboardEvent) => {
    const item = [...(event.clipboardData?.items ?? [])].find(i => i.kind === 'file');
    if (item) take(item.getAsFile());
  };
  onMount(() => document.addEventListener('paste', onPaste));
  onCleanup(() => document.removeEventListener('paste', onPaste));

  return (
    <>
      <p>{t('photo.intro')}</p>
      <section aria-labelledby="take-title">
        <h3 id="take-title">{t('studio.source.take')}</h3>
        <p class="hint">{t('studio.source.takeHint')}</p>
        <button type="button" onClick={() => (isPhone() ? captureInput?.click() : setCameraOpen(true))}>
          {t('studio.source.take')}
        </button>
        <input
          ref={captureInput}
          class="visually-hidden"
          type="file"
          accept="image/*"
          capture="user"
          tabIndex={-1}
          aria-hidden="true"
          onChange={e => take(e.currentTarget.files?.[0])}
        />
        <p role="alert" class="error">
          {cameraProblem() ? t(`studio.camera.${cameraProblem()!}`) : ''}
        </p>
      </section>
      <section aria-labelledby="choose-title">
        <h3 id="choose-title">{t('photo.choose')}</h3>
        <div
          class="drop"
          classList={{ dragging: dragging() }}
          onDragOver={e => (e.preventDefault(), setDragging(true))}
          onDragLeave={() => setDragging(false)}
          onDrop={e => {
            e.preventDefault();
            setDragging(false);
            take(e.dataTransfer?.files[0]);
          }}
        >
          <label for="photo-file">{t('photo.choose')}</label>
          <p id="photo-formats" class="hint">
            {t('photo.formats')} {t('studio.source.dropHint')}
          </p>
          <input
            ref={fileInput}
            id="photo-file"
            type="file"
            accept="image/*"
            aria-describedby={error() ? 'photo-formats photo-error' : 'photo-formats'}
            aria-invalid={error() ? 'true' : undefined}
            onChange={e => take(e.currentTarget.files?.[0])}
          />
        </div>
        <p id="photo-error" class="error" role="alert">
          {error()}
        </p>
      </section>
      <Show when={props.wizard.receipt()}>
        <p>
          <button type="button" class="link" onClick={() => props.wizard.changeConsent()}>
            {t('studio.consent.change')}
          </button>
        </p>
      </Show>
      <CameraDialog
        open={cameraOpen()}
        onClose={() => setCameraOpen(false)}
        onPhoto={take}
        onProblem={problem => {
          setCameraProblem(problem);
          fileInput?.focus();
        }}
      />
    </>
  );
}
