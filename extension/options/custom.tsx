import { createSignal, For, Show } from 'solid-js';
import type { Lang } from '../../shared/i18n';
import { findProfile, type Profile } from '../../shared/profiles';
import { parseProfileJson } from '../../shared/profiles/parse';
import { customKey } from '../profile';
import type { T } from './options';

/**
 * A university not shipped yet: its IT team's profile, pasted or chosen as a file, validated by the same schema as
 * the shipped ones. A refused profile is never saved, and every error names its field.
 */
export function CustomProfile(props: {
  t: T;
  lang: Lang;
  profile: Profile | undefined;
  onImported: (id: string) => Promise<void>;
}) {
  const [text, setText] = createSignal('');
  const [errors, setErrors] = createSignal<string[]>([]);
  const [done, setDone] = createSignal('');

  async function importProfile(event: SubmitEvent) {
    event.preventDefault();
    setDone('');
    const result = parseProfileJson(text(), props.lang);
    if (!result.ok) return setErrors(result.errors);
    if (findProfile(result.profile.id))
      return setErrors([props.t('ext.custom.taken', { id: result.profile.id })]);
    setErrors([]);
    // The schema's limits keep a profile far under storage.local's quota; a browser short of space still says no.
    const saved = await chrome.storage.local.set({ [customKey]: result.profile }).then(
      () => true,
      () => false,
    );
    if (!saved) return setErrors([props.t('ext.custom.storage')]);
    await props.onImported(result.profile.id);
    setDone(props.t('ext.custom.imported', { name: result.profile.name[props.lang] }));
  }

  const exportUrl = () =>
    props.profile &&
    URL.createObjectURL(new Blob([JSON.stringify(props.profile, null, 2)], { type: 'application/json' }));

  return (
    <section aria-labelledby="custom">
      <h2 id="custom">{props.t('ext.custom.title')}</h2>
      <form onSubmit={event => void importProfile(event)}>
        <label for="custom-json">{props.t('ext.custom.json')}</label>
        <textarea
          id="custom-json"
          rows={8}
          spellcheck={false}
          aria-invalid={errors().length > 0}
          aria-describedby="custom-errors"
          value={text()}
          onInput={event => setText(event.currentTarget.value)}
        />
        <label for="custom-file">{props.t('ext.custom.file')}</label>
        <input
          id="custom-file"
          type="file"
          accept="application/json,.json"
          onChange={async event => setText((await event.currentTarget.files?.[0]?.text()) ?? '')}
        />
        <div class="actions">
          <button type="submit">{props.t('ext.custom.import')}</button>
          <Show when={exportUrl()}>
            {url => (
              <a href={url()} download={`${props.profile!.id}.json`}>
                {props.t('ext.custom.export', { name: props.profile!.shortName[props.lang] })}
              </a>
            )}
          </Show>
        </div>
      </form>
      <div id="custom-errors" role="alert">
        <Show when={errors().length > 0}>
          <div class="error">
            <p>{props.t('ext.custom.refused')}</p>
            <ul>
              <For each={errors()}>{error => <li>{error}</li>}</For>
            </ul>
          </div>
        </Show>
      </div>
      <p class="status" role="status">
        {done()}
      </p>
    </section>
  );
}
