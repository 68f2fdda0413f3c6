import { createSignal, Show, untrack } from 'solid-js';
import { lang, t } from '../../app/i18n';
import { profile } from '../../app/settings';
import { Consent } from './Consent';
import type { Wizard } from './wizard';

/** Step 1, at the first deposit (or to change the answer): the profile's image-rights choices, versioned and dated. */
export function ConsentStep(props: { wizard: Wizard }) {
  const [selected, setSelected] = createSignal(untrack(() => props.wizard.receipt()?.choices ?? []));
  const date = (iso: string) =>
    new Intl.DateTimeFormat(lang() === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'long',
      timeStyle: 'short',
    }).format(new Date(iso));
  return (
    <>
      <p>{t('studio.consent.intro')}</p>
      <p class="hint">{t('studio.consent.version', { version: profile().consent.version })}</p>
      <Show when={props.wizard.receipt()}>
        {receipt => (
          <p>{t('studio.consent.receipt', { date: date(receipt().at), version: receipt().version })}</p>
        )}
      </Show>
      <Consent choices={profile().consent.choices} selected={selected()} onChange={setSelected} />
      <p class="hint">{t('studio.consent.none')}</p>
      <p class="actions">
        <button type="button" class="primary" onClick={() => void props.wizard.agree(selected())}>
          {t('studio.consent.save')}
        </button>
      </p>
    </>
  );
}
