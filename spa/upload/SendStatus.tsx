import { Match, Switch } from 'solid-js';
import { t } from '../app/i18n';
import type { Sending } from './types';

/** Progress and answers are announced: politely while sending, assertively on failure. */
export function SendStatus(props: { sending: Sending }) {
  const sent = () => (props.sending.state === 'sent' ? props.sending : undefined);
  const failed = () => (props.sending.state === 'error' ? props.sending : undefined);
  return (
    <div class="send-status">
      <p role="status">
        <Switch>
          <Match when={props.sending.state === 'sending'}>{t('photo.sending')}</Match>
          <Match when={sent()}>
            {s =>
              `${t('photo.sent', { id: s().id })} ${t('photo.status', { status: t(`photo.status.${s().status}`) })}`
            }
          </Match>
        </Switch>
      </p>
      <Switch>
        <Match when={failed()}>
          {f => (
            <p role="alert" class="error">
              {t(f().message, f().params)}
            </p>
          )}
        </Match>
      </Switch>
    </div>
  );
}
