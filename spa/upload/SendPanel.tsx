import { createSignal } from 'solid-js';
import type { Meta } from '../../shared/upload';
import { t } from '../app/i18n';
import { sendPhoto } from './send';
import { SendStatus } from './SendStatus';
import type { Sending } from './types';

/**
 * The "Envoyer" step and what follows it, for one deposit: the wizard hands over the photo, the Idempotency-Key made
 * once for it, and the meta read when the button is pressed; this panel owns sending, progress and status.
 */
export type SendPanelProps = {
  endpoint: string;
  photo: Blob;
  /** Made once per photo: every retry of this photo is the same deposit for the server. */
  idempotencyKey: string;
  meta: () => Meta;
  /** False while something the person must do first (certification, reading the warnings) is missing. */
  canSend: boolean;
  /** The school office rejected the photo: the wizard goes back to choosing one. */
  onRejected?: (reason: string | undefined) => void;
};

export function SendPanel(props: SendPanelProps) {
  const [sending, setSending] = createSignal<Sending>({ state: 'idle' });
  async function send() {
    setSending({ state: 'sending' });
    const result = await sendPhoto(props.endpoint, props.photo, props.meta(), props.idempotencyKey);
    setSending(result.ok ? { state: 'sent', ...result.receipt } : { state: 'error', ...result });
  }
  return (
    <>
      <button
        type="button"
        class="primary"
        disabled={!props.canSend || sending().state === 'sending' || sending().state === 'sent'}
        onClick={() => void send()}
      >
        {sending().state === 'error' ? t('upload.retry') : t('photo.send')}
      </button>
      <SendStatus sending={sending()} />
    </>
  );
}
