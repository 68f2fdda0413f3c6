import { A } from '@solidjs/router';
import { Match, Switch } from 'solid-js';
import { t } from '../../app/i18n';
import type { Problem } from './api';

/** What the page says instead of the queue: sign in (and come back here), not a reviewer, or no answer. */
export function Stopped(props: { problem: Problem; onRetry: () => void }) {
  return (
    <Switch>
      <Match when={props.problem === 'signed-out'}>
        <p>{t('review.signedOut')}</p>
        <p>
          <A href="/connexion?retour=/revue">{t('review.signIn')}</A>
        </p>
      </Match>
      <Match when={props.problem === 'forbidden'}>
        <p class="error">{t('review.forbidden')}</p>
      </Match>
      <Match when={props.problem === 'network'}>
        <p class="error">{t('review.network')}</p>
        <p>
          <button type="button" onClick={() => props.onRetry()}>
            {t('review.retry')}
          </button>
        </p>
      </Match>
    </Switch>
  );
}
