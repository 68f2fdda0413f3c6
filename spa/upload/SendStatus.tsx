import { Show } from 'solid-js';
import type { Key } from '../../shared/i18n';
import { isKey } from '../../shared/i18n/fr';
import { t } from '../app/i18n';
import type { Sending } from './types';

/** Quarters, not every event: a screen reader reading "37 %, 41 %, 46 %…" would drown everything else. */
const announcedPercent = (sent: number, total: number) =>
  total > 0 ? Math.min(100, Math.floor((sent / total) * 4) * 25) : 0;

/** The office's reasons from its fixed list, in words (« fond, photo coupée »); `other` is only its free text. */
const reasonWords = (codes: string[] = []) =>
  codes
    .map(code => `review.reason.${code}`)
    .filter(key => key !== 'review.reason.other' && isKey(key))
    .map(key => t(key as Key))
    .join(', ');

function statusText(sending: Sending): string {
  switch (sending.state) {
    case 'sending':
      return sending.progress
        ? t('upload.progress', { percent: announcedPercent(sending.progress.sent, sending.progress.total) })
        : t('photo.sending');
    case 'queued':
      return `${t(sending.message)} ${t('upload.queued')}`;
    case 'sent': {
      const status = t('photo.status', { status: t(`photo.status.${sending.status}`) });
      const said = [reasonWords(sending.reasonCodes), sending.reason].filter(Boolean).join(' – ');
      const reason = said ? ` ${t('upload.reason', { reason: said })}` : '';
      // Forwarded to esup-sgc: where the request or the card stands, in words.
      const card =
        sending.card && isKey(`upload.card.${sending.card}`)
          ? ` ${t('upload.card', { state: t(`upload.card.${sending.card}` as Key) })}`
          : '';
      const forward = sending.forward ? ` ${t(`upload.forward.${sending.forward}`)}` : '';
      return `${t('photo.sent', { id: sending.id })} ${status}${reason}${card}${forward}`;
    }
    default:
      return '';
  }
}

/**
 * Both live regions are always in the DOM (a region inserted with its text is not read out): progress and answers
 * politely, refusals assertively. The bar shows every step; only quarters are spoken.
 */
export function SendStatus(props: { sending: Sending }) {
  const progress = () => (props.sending.state === 'sending' ? props.sending.progress : undefined);
  const failed = () => (props.sending.state === 'error' ? props.sending : undefined);
  return (
    <div class="send-status" data-state={props.sending.state}>
      <Show when={progress()}>
        {p => <progress max={p().total} value={p().sent} aria-label={t('upload.progress.label')} />}
      </Show>
      <p role="status">{statusText(props.sending)}</p>
      <p role="alert" class="error">
        {failed() ? t(failed()!.message, failed()!.params) : ''}
      </p>
    </div>
  );
}
