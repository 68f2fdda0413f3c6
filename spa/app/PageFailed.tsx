import { useLocation } from '@solidjs/router';
import { createEffect, on } from 'solid-js';
import { t } from './i18n';

/**
 * What a page that cannot load shows (a lazy chunk out of reach): what happened, that nothing is lost, a retry.
 * Going to another page leaves it (`reset`).
 */
export function PageFailed(props: { reset: () => void }) {
  const location = useLocation();
  createEffect(
    on(
      () => location.pathname,
      () => props.reset(),
      { defer: true },
    ),
  );
  return (
    <section role="alert" aria-labelledby="page-failed">
      <h1 id="page-failed">{t('app.pageFailed.title')}</h1>
      <p>{t('app.pageFailed.text')}</p>
      <p>
        <button type="button" class="primary" onClick={() => window.location.reload()}>
          {t('app.pageFailed.retry')}
        </button>
      </p>
    </section>
  );
}
