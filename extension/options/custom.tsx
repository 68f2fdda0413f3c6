import { createSignal, For, onMount, Show } from 'solid-js';
import type { Lang } from '../../shared/i18n';
import { findProfile, foreignAddresses, type ForeignAddress, type Profile } from '../../shared/profiles';
import { parseProfileJson } from '../../shared/profiles/parse';
import { customKey } from '../profile';
import type { T } from './options';

/**
 * A university not shipped yet: its IT team's profile, pasted or chosen as a file, validated by the same schema as
 * the shipped ones. A refused profile is never saved, and every error names its field. A profile whose addresses
 * lead to hosts it does not declare (a "profile" passed around by e-mail to put its own page behind « Changer mon
 * mot de passe ») is shown with each such address and its host, and saved only if the person confirms.
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
  const [pending, setPending] = createSignal<{ profile: Profile; foreign: ForeignAddress[] }>();

  async function importProfile(event: SubmitEvent) {
    event.preventDefault();
    setDone('');
    setPending(undefined);
    const result = parseProfileJson(text(), props.lang);
    if (!result.ok) return setErrors(result.errors);
    if (findProfile(result.profile.id))
      return setErrors([props.t('ext.custom.taken', { id: result.profile.id })]);
    setErrors([]);
    const foreign = foreignAddresses(result.profile);
    if (foreign.length > 0) return setPending({ profile: result.profile, foreign });
    await save(result.profile);
  }

  async function save(profile: Profile) {
    setPending(undefined);
    // The schema's limits keep a profile far under storage.local's quota; a browser short of space still says no.
    const saved = await chrome.storage.local.set({ [customKey]: profile }).then(
      () => true,
      () => false,
    );
    if (!saved) {
      setErrors([props.t('ext.custom.storage')]);
      return;
    }
    await props.onImported(profile.id);
    setDone(props.t('ext.custom.imported', { name: profile.name[props.lang] }));
  }

  const cancel = () => {
    setPending(undefined);
    setDone(props.t('ext.custom.cancelled'));
  };

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
      <Show when={pending()}>
        {found => (
          <ForeignWarning t={props.t} lang={props.lang} {...found()} onSave={save} onCancel={cancel} />
        )}
      </Show>
      <p class="status" role="status">
        {done()}
      </p>
    </section>
  );
}

/** The addresses of a profile that leave its ENT and its declared hosts, each with its host, before anything is saved. */
function ForeignWarning(props: {
  t: T;
  lang: Lang;
  profile: Profile;
  foreign: ForeignAddress[];
  onSave: (profile: Profile) => Promise<void>;
  onCancel: () => void;
}) {
  const ent = () => new URL(props.profile.entOrigin).hostname;
  let heading!: HTMLParagraphElement;
  // The warning takes the focus, so a screen reader reads it before the buttons.
  onMount(() => heading.focus());
  return (
    <div class="warning" role="group" aria-labelledby="custom-foreign">
      <p id="custom-foreign" ref={heading} tabindex="-1">
        {props.t('ext.custom.foreign', { ent: ent() })}
      </p>
      <ul>
        <For each={props.foreign}>
          {address => (
            <li>
              {props.t('ext.custom.foreign-address', {
                what: address.label?.[props.lang] ?? address.field,
                host: address.host,
              })}{' '}
              <code>{address.url}</code>
            </li>
          )}
        </For>
      </ul>
      <Show when={props.profile.hosts.length > 0}>
        <p>{props.t('ext.custom.hosts', { ent: ent(), hosts: props.profile.hosts.join(', ') })}</p>
      </Show>
      <div class="actions">
        <button type="button" onClick={() => void props.onSave(props.profile)}>
          {props.t('ext.custom.confirm')}
        </button>
        <button type="button" onClick={() => props.onCancel()}>
          {props.t('ext.custom.cancel')}
        </button>
      </div>
    </div>
  );
}
