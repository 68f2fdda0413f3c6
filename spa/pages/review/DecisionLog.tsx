import { createResource, For, Show } from 'solid-js';
import type { ReviewPhoto } from '../../../shared/review';
import { t } from '../../app/i18n';
import { photoDetail } from './api';
import { when } from './when';

/** Who decided what on this photo, and when, oldest first: read again each time the photo or its status changes. */
export function DecisionLog(props: { photo: ReviewPhoto }) {
  const [detail, { refetch }] = createResource(
    () => props.photo,
    photo => photoDetail(photo.id),
  );
  return (
    <section class="review-log" aria-labelledby="review-log">
      <h3 id="review-log">{t('review.log')}</h3>
      <Show
        when={!detail.error}
        fallback={
          <p class="error">
            {t('review.network')}{' '}
            <button type="button" onClick={() => void refetch()}>
              {t('review.retry')}
            </button>
          </p>
        }
      >
        <Show when={detail()}>
          {loaded => (
            <Show when={loaded().decisions.length} fallback={<p>{t('review.log.empty')}</p>}>
              <ol>
                <For each={loaded().decisions}>
                  {decision => (
                    <li>
                      {t('review.log.entry', {
                        date: when(decision.at),
                        reviewer: decision.reviewer,
                        decision: t(`photo.status.${decision.status}`),
                      })}
                      <Show when={decision.reasonCodes.length}>
                        <span class="review-log-more">
                          {t('review.log.reasons', {
                            reasons: decision.reasonCodes.map(code => t(`review.reason.${code}`)).join(', '),
                          })}
                        </span>
                      </Show>
                      <Show when={decision.reason}>
                        {note => (
                          <span class="review-log-more">{t('review.log.note', { note: note() })}</span>
                        )}
                      </Show>
                    </li>
                  )}
                </For>
              </ol>
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}
