import { createEffect, createMemo, createSignal, Show } from 'solid-js';
import { formatBytes } from '../../../shared/i18n/format';
import { faceDownload } from '../../analysis/analysis';
import { lang, t } from '../../app/i18n';
import type { Wizard } from './wizard';

/**
 * The face analysis's download, wherever a photo waits for it (being opened, then framing, checks): words and a bar
 * that follow every byte, and a polite live region that speaks only each quarter, a lost connection and the photo's
 * update (a screen reader reading "1,1 Mo, 1,2 Mo…" would drown the step). The region is always in the DOM: one
 * inserted with its text is not read out. On the photo step, `held` says why nothing downloads yet.
 */
export function AnalysisProgress(props: { wizard: Wizard }) {
  const { state, received, total } = faceDownload;
  const size = (bytes: number) => formatBytes(lang(), Math.min(bytes, total));
  const step = () => props.wizard.state().step;
  // Shown while a new photo waits for it (busy), and on the steps of a photo that went on without it.
  const waiting = () =>
    props.wizard.busy() || (props.wizard.facesLater() && (step() === 'framing' || step() === 'checks'));
  const shown = () => waiting() && (state() === 'loading' || state() === 'retrying');
  const [seen, setSeen] = createSignal(false);
  createEffect(() => shown() && setSeen(true));
  const quarter = createMemo(() => Math.min(75, Math.floor((4 * received()) / total) * 25));
  const spoken = createMemo(() => {
    if (!seen()) return '';
    if (props.wizard.facesRedone()) return t('studio.faces.ready');
    if (state() === 'retrying') return t('studio.faces.retrying');
    return state() === 'loading' ? t('studio.faces.percent', { percent: quarter() }) : '';
  });
  return (
    <div class="analysis-progress">
      <Show when={shown()}>
        <p id="analysis-progress-text">
          {t('studio.faces.progress', { received: size(received()), total: size(total) })}{' '}
          {state() === 'retrying'
            ? t('studio.faces.retrying')
            : props.wizard.facesLater()
              ? t('studio.faces.later')
              : ''}
        </p>
        <progress max={total} value={received()} aria-labelledby="analysis-progress-text" />
      </Show>
      <Show when={step() === 'source' && state() === 'held'}>
        <p>{t('studio.faces.held', { total: size(total) })}</p>
      </Show>
      <p role="status" class="visually-hidden">
        {spoken()}
      </p>
    </div>
  );
}
