import { For, Show } from 'solid-js';
import { roles } from '../../../shared/profiles/vocabulary';
import { depositStatuses, type ReviewPhoto } from '../../../shared/review';
import { t } from '../../app/i18n';
import type { Filters } from './api';
import { nameOf } from './Current';
import { GreenBatch } from './GreenBatch';
import type { Queue as QueueState } from './queue';
import { when } from './when';

/**
 * The queue: how many photos per status, the filters (pending first), the photos listed oldest first, each a button
 * that shows it, then the next page and the all-green batch.
 */
export function Queue(props: {
  queue: QueueState;
  busy: boolean;
  onShow: (index: number) => void;
  /** The photos now listed under new filters, for the page to say. */
  onFiltered: (count: number) => void;
  onGreen: (photos: ReviewPhoto[]) => void;
}) {
  const queue = () => props.queue;
  let list!: HTMLOListElement;

  const more = async () => {
    const before = queue().photos().length;
    await queue().load(true);
    // The first photo that came: where the person was reading, not back at the top.
    list.querySelectorAll('button')[before]?.focus();
  };
  const filter = async (change: Partial<Filters>) => {
    await queue().filter(change);
    props.onFiltered(queue().photos().length);
  };

  return (
    <section class="review-queue" aria-labelledby="review-queue">
      <h2 id="review-queue">{t('review.queue')}</h2>
      <h3>{t('review.counts')}</h3>
      <ul class="review-counts">
        <For each={depositStatuses}>
          {status => (
            <li>
              {t(`review.count.${status}`)} <strong>{queue().counts()?.[status] ?? 0}</strong>
            </li>
          )}
        </For>
      </ul>
      <h3>{t('review.filters')}</h3>
      <div class="review-filters">
        <label>
          {t('review.filter.status')}
          <select
            onChange={event =>
              void queue().filter({ status: event.currentTarget.value as Filters['status'] })
            }
          >
            <For each={depositStatuses}>
              {status => (
                <option value={status} selected={queue().filters().status === status}>
                  {t(`review.count.${status}`)}
                </option>
              )}
            </For>
            <option value="" selected={queue().filters().status === ''}>
              {t('review.filter.anyStatus')}
            </option>
          </select>
        </label>
        <label>
          {t('review.filter.role')}
          <select onChange={event => void filter({ role: event.currentTarget.value as Filters['role'] })}>
            <option value="">{t('review.filter.anyRole')}</option>
            <For each={roles}>
              {role => (
                <option value={role} selected={queue().filters().role === role}>
                  {t(`role.${role}`)}
                </option>
              )}
            </For>
          </select>
        </label>
      </div>
      <p class="hint">{t('review.listed', { count: queue().photos().length })}</p>
      <Show when={queue().photos().length} fallback={<p>{t('review.empty')}</p>}>
        <ol class="review-list" ref={list}>
          <For each={queue().photos()}>
            {(photo, i) => (
              <li>
                <button
                  type="button"
                  aria-current={i() === queue().index() ? 'true' : undefined}
                  onClick={() => props.onShow(i())}
                >
                  <strong>{nameOf(photo)}</strong>
                  <span>
                    {t(`role.${photo.role}`)}, {t(`review.verdict.short.${photo.checks.verdict}`)}
                  </span>
                  <span>{when(photo.receivedAt)}</span>
                  <Show when={!queue().filters().status}>
                    <span>{t(`photo.status.${photo.status}`)}</span>
                  </Show>
                </button>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <div class="actions">
        <Show when={queue().next()}>
          <button type="button" onClick={() => void more()}>
            {t('review.more')}
          </button>
        </Show>
        <GreenBatch photos={queue().photos()} busy={props.busy} onConfirm={props.onGreen} />
      </div>
    </section>
  );
}
