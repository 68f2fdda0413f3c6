import type { ReviewPhoto } from '../../../shared/review';
import { t } from '../../app/i18n';
import { allGreen } from './reasons';

/**
 * « Valider toutes les photos au vert »: the pending photos listed whose report is all green, in one go, once
 * confirmed in a modal dialog (Escape or « Annuler » leaves it, focus back on the button).
 */
export function GreenBatch(props: {
  photos: ReviewPhoto[];
  busy: boolean;
  onConfirm: (photos: ReviewPhoto[]) => void;
}) {
  let dialog!: HTMLDialogElement;
  const green = () => props.photos.filter(allGreen);
  const confirm = () => {
    const chosen = green();
    dialog.close();
    props.onConfirm(chosen);
  };
  return (
    <>
      <button type="button" disabled={props.busy || green().length === 0} onClick={() => dialog.showModal()}>
        {t('review.green', { count: green().length })}
      </button>
      <dialog
        ref={dialog}
        class="review-dialog"
        aria-labelledby="review-green-title"
        aria-describedby="review-green-text"
      >
        <h2 id="review-green-title">{t('review.green.title')}</h2>
        <p id="review-green-text">{t('review.green.confirm', { count: green().length })}</p>
        <div class="actions">
          <button type="button" class="primary" onClick={confirm}>
            {t('review.green.yes')}
          </button>
          {/* Focused first: the safe answer under a hasty Enter. */}
          <button type="button" autofocus onClick={() => dialog.close()}>
            {t('review.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
