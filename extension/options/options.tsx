import { createResource, createSignal, For, Show } from 'solid-js';
import { render } from 'solid-js/web';
import { translate, type Key, type Lang, type Params } from '../../shared/i18n';
import { roles, type Profile } from '../../shared/profiles';
import { readCustomProfile } from '../custom-profile';
import { availableProfiles } from '../profile';
import { readSettings, type Settings } from '../settings';
import { uiLang as lang } from '../ui/messages';
import { CustomProfile } from './custom';
import { EntPhotoForm } from './grant';

export type T = (key: Key, params?: Params) => string;

function Options(props: { lang: Lang; initial: Settings }) {
  const t: T = (key, params) => translate(props.lang, key, params);
  const [settings, setSettings] = createSignal(props.initial);
  const [saved, setSaved] = createSignal('');
  const [all, { refetch }] = createResource(() => availableProfiles(readCustomProfile), { initialValue: [] });
  const profile = (): Profile | undefined => all().find(p => p.id === settings().profile);

  // Small preferences in storage.sync: they follow the person to their other browsers.
  async function save(change: Partial<Settings>) {
    setSettings({ ...settings(), ...change });
    await chrome.storage.sync.set(change);
    setSaved(t('ext.options.saved'));
  }

  // An imported profile joins the list and becomes the chosen one.
  async function imported(id: string) {
    await refetch();
    await save({ profile: id });
  }

  return (
    <main>
      <h1>{t('ext.options.title')}</h1>
      <label for="profile">{t('ext.options.profile')}</label>
      <select
        id="profile"
        value={settings().profile}
        onChange={event => void save({ profile: event.currentTarget.value })}
      >
        <For each={all()}>{p => <option value={p.id}>{p.name[props.lang]}</option>}</For>
      </select>
      <fieldset>
        <legend>{t('ext.options.role')}</legend>
        <For each={roles}>
          {role => (
            <div>
              <input
                type="radio"
                name="role"
                id={`role-${role}`}
                value={role}
                checked={settings().role === role}
                onChange={() => void save({ role })}
              />{' '}
              <label for={`role-${role}`}>{t(`role.${role}`)}</label>
            </div>
          )}
        </For>
      </fieldset>
      <p class="status" role="status">
        {saved()}
      </p>
      <Show when={profile()}>{p => <EntPhotoForm t={t} profile={p()} />}</Show>
      <CustomProfile t={t} lang={props.lang} profile={profile()} onImported={imported} />
    </main>
  );
}

document.documentElement.lang = lang;
document.title = translate(lang, 'ext.options.title');
const initial = await readSettings();
render(() => <Options lang={lang} initial={initial} />, document.getElementById('root')!);
