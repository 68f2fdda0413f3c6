import { createEffect, For, Match, on, Show, Switch, untrack } from 'solid-js';
import { EraseData } from '../../app/EraseData';
import { t } from '../../app/i18n';
import { profile } from '../../app/settings';
import { SendPanel } from '../../upload/SendPanel';
import { AnalysisProgress } from './AnalysisProgress';
import { ChecksStep } from './ChecksStep';
import { ConsentStep } from './ConsentStep';
import { FramingStep } from './FramingStep';
import { SendStep } from './SendStep';
import { SourceStep } from './SourceStep';
import { stepIndex, steps, stepTitle } from './steps';
import type { EndpointUpload } from './types';
import { createWizard, type Notice } from './wizard';
import './studio.css';

/**
 * The photo wizard, for the card photo (/photo) and the staff badge (/badge). Each step has its own heading, which
 * takes the focus when the step changes, and its own page title.
 */
export function Wizard(props: { flow: 'photo' | 'badge'; title: 'photo.title' | 'studio.badge.title' }) {
  const wizard = createWizard(untrack(() => props.flow));
  const step = () => wizard.state().step;
  const position = () => ({ n: stepIndex(step()) + 1, total: steps.length, title: t(stepTitle(step())) });
  let heading: HTMLHeadingElement | undefined;

  createEffect(() => {
    if (!wizard.loaded()) return;
    document.title = `${t('studio.step.of', position())} – ${t(props.title)} – ${t('app.name')}`;
  });
  createEffect(on(step, () => heading?.focus(), { defer: true }));

  const endpoint = () =>
    profile().upload.kind === 'endpoint' ? (profile().upload as EndpointUpload) : undefined;
  const notice = (n: Notice | undefined) => (!n ? '' : 'message' in n ? n.message : t(n.key, n.params));

  return (
    // data-faces: whether the photo shown went without face analysis, for the tests and the weak-link bench.
    <div class="wizard" data-faces={wizard.facesLater() ? 'later' : 'done'}>
      {/* Step list and heading wait for the saved state: a reload must not announce a step it is not on. */}
      <Show when={wizard.loaded()}>
        <ol class="steps" aria-label={t('studio.steps')}>
          <For each={steps}>
            {(item, i) => (
              <li
                aria-current={item.id === step() ? 'step' : undefined}
                classList={{ done: i() < stepIndex(step()) }}
              >
                {t(item.title)}
              </li>
            )}
          </For>
        </ol>
        <h2 ref={heading} tabIndex={-1} class="step-title">
          {t('studio.step.of', position())}
        </h2>
      </Show>
      <p role="status" class="status">
        {wizard.busy() ? t('photo.processing') : ''}
      </p>
      <AnalysisProgress wizard={wizard} />
      {/* The source step shows its problems beside the file field; the others here (a framing that fails…). */}
      <p role="alert" class="error">
        {step() === 'source' ? '' : notice(wizard.problem())}
      </p>
      <Show when={wizard.loaded()}>
        <Switch>
          <Match when={step() === 'consent'}>
            <ConsentStep wizard={wizard} />
          </Match>
          <Match when={step() === 'source'}>
            <SourceStep wizard={wizard} problem={notice(wizard.problem())} />
          </Match>
          <Match when={step() === 'framing' && wizard.ready()}>
            {ready => <FramingStep wizard={wizard} ready={ready()} />}
          </Match>
          <Match when={step() === 'checks' && wizard.ready()}>
            {ready => <ChecksStep wizard={wizard} ready={ready()} />}
          </Match>
          <Match when={step() === 'send' || step() === 'follow'}>
            <Show when={step() === 'send' && wizard.ready()} fallback={<p>{t('studio.follow.intro')}</p>}>
              {ready => <SendStep wizard={wizard} ready={ready()} />}
            </Show>
            <Show when={endpoint()}>
              {to => (
                <SendPanel
                  endpoint={to().endpoint}
                  photo={wizard.ready()?.output.blob}
                  idempotencyKey={wizard.state().key ?? ''}
                  canSend={!wizard.needsCertification() || wizard.state().confirmed.certified}
                  meta={() => wizard.meta(wizard.ready()!)}
                  // Pressing "Envoyer" starts the follow-up: the panel stays, the step moves on.
                  onSend={() => step() === 'send' && wizard.go('follow')}
                  onReceived={() => wizard.received()}
                  onRejected={reason => wizard.rejected(reason)}
                />
              )}
            </Show>
            <Show when={step() === 'follow'}>
              <p class="actions">
                <button type="button" onClick={() => wizard.restart()}>
                  {t('studio.follow.another')}
                </button>
              </p>
              <EraseData />
            </Show>
          </Match>
        </Switch>
      </Show>
    </div>
  );
}
