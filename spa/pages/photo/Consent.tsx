import { For } from 'solid-js';
import type { Profile } from '../../../shared/profiles';
import { lang, t } from '../../app/i18n';

/** The profile's image-rights choices; none is pre-ticked (consent must be given, not assumed). */
export function Consent(props: {
  choices: Profile['consent']['choices'];
  selected: string[];
  onChange: (selected: string[]) => void;
}) {
  const toggle = (id: string, on: boolean) =>
    props.onChange(on ? [...props.selected, id] : props.selected.filter(other => other !== id));
  return (
    <fieldset>
      <legend>{t('photo.consent.legend')}</legend>
      <For each={props.choices}>
        {choice => (
          <label class="check">
            <input
              type="checkbox"
              checked={props.selected.includes(choice.id)}
              onChange={e => toggle(choice.id, e.currentTarget.checked)}
            />
            <span>
              {choice.label[lang()]}
              <span class="hint">{choice.description[lang()]}</span>
            </span>
          </label>
        )}
      </For>
    </fieldset>
  );
}
