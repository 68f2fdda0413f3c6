import { createEffect, createMemo, on, onCleanup, Show } from 'solid-js';
import type { Meta } from '../../shared/upload';
import { A } from '@solidjs/router';
import { t } from '../app/i18n';
import { signedOut } from '../app/me';
import { deposit, restore, sendingOf, settled, watch } from './deposits';
import { pollStatus } from './poll';
import { SendStatus } from './SendStatus';
import './sending.css';

/**
 * The "Envoyer" step and what follows it, for one deposit: the wizard hands over the photo, the Idempotency-Key made
 * once for it, and the meta read when the button is pressed; this panel owns sending, progress and status.
 */
export type SendPanelProps = {
  endpoint: string;
  /** The JPEG, until the server has it: the follow-up after a receipt needs only the key. */
  photo: Blob | undefined;
  /** Made once per photo: every retry of this photo is the same deposit for the server. */
  idempotencyKey: string;
  meta: () => Meta;
  /** False while something the person must do first (certification, reading the warnings) is missing. */
  canSend: boolean;
  /** The person pressed "Envoyer" (the wizard moves on to following the deposit). */
  onSend?: () => void;
  /** The server has the photo and its receipt is stored: the wizard lets go of the JPEG. */
  onReceived?: () => void;
  /** The school office rejected the photo: the wizard goes back to choosing one. */
  onRejected?: (reason: string | undefined) => void;
};

export function SendPanel(props: SendPanelProps) {
  const sending = () => sendingOf(props.idempotencyKey);
  createEffect(
    on(
      () => props.idempotencyKey,
      key => {
        onCleanup(watch(key));
        // After a reload, the deposit may already be waiting in the outbox, or received.
        void restore(key);
      },
    ),
  );
  // Under review, or a card on its way in esup-sgc: followed until nothing more is to come.
  const underReview = createMemo(() => {
    const now = sending();
    return now.state === 'sent' && !settled(now);
  });
  createEffect(() => {
    if (underReview()) onCleanup(pollStatus(props.idempotencyKey, props.endpoint));
  });
  createEffect(
    on(
      () => sending().state === 'sent',
      sent => sent && props.onReceived?.(),
    ),
  );
  const send = () => {
    if (!props.photo) return;
    void deposit({
      key: props.idempotencyKey,
      endpoint: props.endpoint,
      photo: props.photo,
      meta: props.meta(),
    });
    props.onSend?.();
  };
  const rejected = () => {
    const now = sending();
    return now.state === 'sent' && now.status === 'rejected' ? now : undefined;
  };
  return (
    <div class="send-panel">
      {/* Demonstration or expired session: said before « Envoyer », with the way to sign in and come back. */}
      <Show when={signedOut() && sending().state !== 'sent'}>
        <p class="notice">
          {t('upload.error.signin')}{' '}
          <A href={`/connexion?retour=${encodeURIComponent(location.pathname)}`}>{t('upload.signin')}</A>
        </p>
      </Show>
      <Show when={sending().state !== 'sent' && props.photo}>
        <button
          type="button"
          class="primary"
          disabled={!props.canSend || sending().state === 'sending'}
          onClick={send}
        >
          {['queued', 'error'].includes(sending().state) ? t('upload.retry') : t('photo.send')}
        </button>
      </Show>
      <SendStatus sending={sending()} />
      <Show when={props.onRejected && rejected()}>
        {r => (
          <button type="button" onClick={() => props.onRejected?.(r().reason)}>
            {t('upload.rejected.again')}
          </button>
        )}
      </Show>
    </div>
  );
}
