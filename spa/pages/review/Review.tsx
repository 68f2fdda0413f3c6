import { createEffect, createSignal, Match, on, onMount, Show, Switch } from 'solid-js';
import type { Decision, ReviewPhoto } from '../../../shared/review';
import { t } from '../../app/i18n';
import { signedOut } from '../../app/me';
import { usePageTitle } from '../../app/title';
import { Current, nameOf } from './Current';
import { Decide, focusReasons } from './Decide';
import { DecisionLog } from './DecisionLog';
import { createDecisions } from './decisions';
import { Queue } from './Queue';
import { createQueue } from './queue';
import { Shortcuts } from './Shortcuts';
import { Stopped } from './Stopped';
import { ariaKeys, useShortcuts } from './shortcuts';
import './review.css';

/** Where focus goes after an action: the heading of the photo now shown (or of « no photo »). */
const focusShown = () => document.getElementById('review-current')?.focus();

/** /revue: the schooling office validates or refuses the photos sent in (issue 13). */
export default function Review() {
  usePageTitle('review.title');
  const queue = createQueue();
  const [said, setSaid] = createSignal('');
  const { busy, failed, send } = createDecisions(queue);
  const [refusing, setRefusing] = createSignal(false);
  // Emptied first, so that the same words twice are said twice.
  const say = (text: string) => {
    setSaid('');
    requestAnimationFrame(() => setSaid(text));
  };

  onMount(() => void queue.load());
  createEffect(
    on(
      () => queue.current()?.id,
      () => setRefusing(false),
      { defer: true },
    ),
  );

  async function decideShown(decision: Decision) {
    const photo = queue.current();
    if (!photo || busy()) return;
    if (!(await send([photo], decision))) return; // said by the alert beside the buttons
    setRefusing(false);
    say(t(`review.done.${decision.status}`, { name: nameOf(photo) }));
    focusShown();
  }

  async function validateGreen(photos: ReviewPhoto[]) {
    const done = await send(photos, { status: 'validated', reasonCodes: [] });
    say(t(done === photos.length ? 'review.green.done' : 'review.green.partial', { count: done }));
    focusShown();
  }

  const refuse = () => {
    setRefusing(true);
    focusReasons();
  };
  async function go(step: 1 | -1) {
    if (!(await queue.move(step))) return;
    const photo = queue.current()!;
    say(t('review.moved', { name: nameOf(photo), index: queue.index() + 1, total: queue.photos().length }));
  }
  const show = (index: number) => {
    queue.setIndex(index);
    focusShown();
  };

  useShortcuts(action => {
    if (!queue.current() || busy()) return;
    if (action === 'validate') void decideShown({ status: 'validated', reasonCodes: [] });
    else if (action === 'refuse') refuse();
    else void go(action === 'next' ? 1 : -1);
  });

  return (
    <div class="review">
      <h1>{t('review.title')}</h1>
      <p role="status" class="review-said">
        {said()}
      </p>
      <Switch fallback={<p>{t('review.loading')}</p>}>
        <Match when={signedOut() ? 'signed-out' : queue.problem()}>
          {problem => <Stopped problem={problem()} onRetry={() => void queue.load()} />}
        </Match>
        <Match when={queue.counts()}>
          <p>{t('review.intro')}</p>
          <div class="review-layout">
            <Queue
              queue={queue}
              busy={busy()}
              onShow={show}
              onFiltered={count => say(t('review.listed', { count }))}
              onGreen={photos => void validateGreen(photos)}
            />
            <section class="review-current" aria-labelledby="review-current">
              <Show
                when={queue.current()}
                fallback={
                  <h2 id="review-current" tabIndex={-1}>
                    {t('review.none')}
                  </h2>
                }
              >
                {photo => (
                  <>
                    <h2 id="review-current" tabIndex={-1}>
                      {t('review.photoOf', { name: nameOf(photo()) })}
                    </h2>
                    <div class="actions review-move">
                      <button
                        type="button"
                        aria-keyshortcuts={ariaKeys('previous')}
                        onClick={() => void go(-1)}
                      >
                        <span aria-hidden="true">←</span> {t('review.previous')}
                      </button>
                      <span>
                        {t('review.position', { index: queue.index() + 1, total: queue.photos().length })}
                      </span>
                      <button type="button" aria-keyshortcuts={ariaKeys('next')} onClick={() => void go(1)}>
                        {t('review.next')} <span aria-hidden="true">→</span>
                      </button>
                    </div>
                    <Current photo={photo()} />
                    <Show when={failed()}>
                      <p class="error" role="alert">
                        {t('review.done.failed')}
                      </p>
                    </Show>
                    <Decide
                      photo={photo()}
                      busy={busy()}
                      refusing={refusing()}
                      onValidate={() => void decideShown({ status: 'validated', reasonCodes: [] })}
                      onRefuse={refuse}
                      onCancel={() => setRefusing(false)}
                      onReject={decision => void decideShown(decision)}
                    />
                    <DecisionLog photo={photo()} />
                  </>
                )}
              </Show>
            </section>
          </div>
          <Shortcuts />
        </Match>
      </Switch>
    </div>
  );
}
