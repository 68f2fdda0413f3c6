import { createSignal, For, Show } from 'solid-js';
import { rejectionCodes, type Decision, type RejectionCode, type ReviewPhoto } from '../../../shared/review';
import { t } from '../../app/i18n';
import { suggestedReasons } from './reasons';
import { ariaKeys } from './shortcuts';

/** `Refuser` opens this form; the page focuses its first reason (`R` does the same). */
export const focusReasons = () => document.querySelector<HTMLInputElement>('#review-refusal input')?.focus();

/**
 * « Valider » at once; « Refuser » with at least one reason from the list or in words, the reasons whose checks failed
 * or warned ticked already.
 */
export function Decide(props: {
  photo: ReviewPhoto;
  busy: boolean;
  refusing: boolean;
  onValidate: () => void;
  onRefuse: () => void;
  onCancel: () => void;
  onReject: (decision: Decision) => void;
}) {
  const [missing, setMissing] = createSignal(false);
  const suggested = () => suggestedReasons(props.photo.checks);
  let refuse!: HTMLButtonElement;

  const cancel = () => {
    setMissing(false);
    props.onCancel();
    refuse.focus();
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const reasonCodes = data.getAll('code') as RejectionCode[];
    const reason = String(data.get('note') ?? '').trim();
    setMissing(!reasonCodes.length && !reason);
    if (missing()) return focusReasons();
    props.onReject({ status: 'rejected', reasonCodes, ...(reason ? { reason } : {}) });
  };

  return (
    <>
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={props.busy}
          aria-keyshortcuts={ariaKeys('validate')}
          onClick={() => props.onValidate()}
        >
          {t('review.validate')}
        </button>
        <button
          ref={refuse}
          type="button"
          disabled={props.busy}
          aria-expanded={props.refusing}
          aria-keyshortcuts={ariaKeys('refuse')}
          onClick={() => props.onRefuse()}
        >
          {t('review.refuse')}
        </button>
      </div>
      <Show when={props.refusing}>
        {/* Shortcuts stay out of this form: a letter here is a choice or a word, never « Valider ». */}
        <form
          id="review-refusal"
          class="review-refusal"
          data-no-shortcuts
          noValidate
          onSubmit={submit}
          onKeyDown={event => event.key === 'Escape' && cancel()}
        >
          <fieldset aria-describedby={suggested().length ? 'review-reasons-hint' : undefined}>
            <legend>{t('review.reasons')}</legend>
            <Show when={suggested().length}>
              <p id="review-reasons-hint" class="hint">
                {t('review.reasons.hint')}
              </p>
            </Show>
            <For each={rejectionCodes}>
              {code => (
                <label class="check">
                  <input type="checkbox" name="code" value={code} checked={suggested().includes(code)} />
                  {t(`review.reason.${code}`)}
                </label>
              )}
            </For>
          </fieldset>
          <label>
            {t('review.note')}
            <textarea name="note" rows={3} maxLength={400} />
          </label>
          <Show when={missing()}>
            <p class="error" role="alert">
              {t('review.refusal.missing')}
            </p>
          </Show>
          <div class="actions">
            <button type="submit" class="primary" disabled={props.busy}>
              {t('review.refusal.confirm')}
            </button>
            <button type="button" onClick={cancel}>
              {t('review.cancel')}
            </button>
          </div>
        </form>
      </Show>
    </>
  );
}
