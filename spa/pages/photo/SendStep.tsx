import { For, Show } from 'solid-js';
import { formatBytes } from '../../../shared/i18n/format';
import { lang, t } from '../../app/i18n';
import { profile } from '../../app/settings';
import { Handoff } from './Handoff';
import type { HandoffUpload, Ready } from './types';
import type { Wizard } from './wizard';

/**
 * Step 5: what will be sent (size, weight, what was saved, the image-rights answer), the staff certification, then
 * hand-off when the university has no upload API. The send button itself is the SendPanel, below this step.
 */
export function SendStep(props: { wizard: Wizard; ready: Ready }) {
  const output = () => props.ready.output;
  const saved = () => Math.max(0, (props.wizard.state().made?.originalBytes ?? 0) - output().bytes);
  const handoff = () =>
    profile().upload.kind === 'handoff' ? (profile().upload as HandoffUpload) : undefined;
  const choices = () => {
    const chosen = props.wizard.receipt()?.choices ?? [];
    const labels = profile()
      .consent.choices.filter(choice => chosen.includes(choice.id))
      .map(choice => choice.label[lang()]);
    return labels.length ? labels.join(', ') : t('studio.send.noConsent');
  };
  return (
    <>
      <div class="summary">
        <img src={props.ready.url} alt={t('photo.preview')} width={output().width} height={output().height} />
        <dl>
          <dt>{t('studio.send.size')}</dt>
          <dd>{t('studio.send.pixels', { width: output().width, height: output().height })}</dd>
          <dt>{t('studio.send.weight')}</dt>
          <dd>
            {formatBytes(lang(), output().bytes)}
            <Show when={saved() > 0}> {t('studio.send.saved', { size: formatBytes(lang(), saved()) })}</Show>
          </dd>
          <dt>{t('studio.send.consent')}</dt>
          <dd>
            {choices()}{' '}
            <button type="button" class="link" onClick={() => props.wizard.changeConsent()}>
              {t('studio.consent.change')}
            </button>
          </dd>
        </dl>
      </div>
      <Show when={props.wizard.needsCertification()}>
        <label class="check">
          <input
            type="checkbox"
            checked={props.wizard.state().confirmed.certified}
            onChange={e => props.wizard.confirm({ certified: e.currentTarget.checked })}
          />
          <span>
            {t('studio.send.certify')}
            <span class="hint">{t('studio.send.certifyHint')}</span>
          </span>
        </label>
      </Show>
      {/* Asked only when the university's card system (esup-sgc) takes these answers with the request. */}
      <Show when={profile().esup?.crous || profile().esup?.european}>
        <fieldset class="card-options">
          <legend>{t('upload.card.title')}</legend>
          <For each={(['crous', 'european'] as const).filter(option => profile().esup?.[option])}>
            {option => (
              <label class="check">
                <input
                  type="checkbox"
                  checked={props.wizard.state().card?.[option] ?? false}
                  onChange={e => props.wizard.chooseCard({ [option]: e.currentTarget.checked })}
                />
                <span>{t(`upload.card.${option}`)}</span>
              </label>
            )}
          </For>
        </fieldset>
      </Show>
      <Show when={handoff()}>{upload => <Handoff photoUrl={props.ready.url} upload={upload()} />}</Show>
      <p class="actions">
        <button type="button" onClick={() => props.wizard.go('checks')}>
          {t('studio.back')}
        </button>
      </p>
    </>
  );
}
