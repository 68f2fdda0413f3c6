import { useNavigate, useSearchParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { Key } from '../../shared/i18n';
import { t } from '../app/i18n';
import { me, refreshMe } from '../app/me';
import { usePageTitle } from '../app/title';

/** People to try the demonstration as, one click each; `scolarite` is a reviewer on a demonstration intake. */
const presets: { login: string; name: string; email: string; label: Key }[] = [
  {
    login: 'cmartin',
    name: 'Camille Martin',
    email: 'camille.martin@example.org',
    label: 'signin.preset.student',
  },
  { login: 'kbenali', name: 'Karim Benali', email: 'karim.benali@example.org', label: 'signin.preset.staff' },
  { login: 'scolarite', name: 'Scolarité', email: 'scolarite@example.org', label: 'signin.preset.reviewer' },
];

/** Where to go once signed in: a path of the studio only (`?retour=/photo`), never another site. */
const local = (path: string | undefined) => (path && /^\/(?!\/)[^\\\s]*$/.test(path) ? path : '/photo');

/**
 * The demonstration's sign-in (INTAKE_IDENTITY=demo, what `npm start` runs): pick a person, no password. Behind a
 * university's single sign-on this page has nothing to do, and says so.
 */
export default function SignIn() {
  usePageTitle('signin.title');
  const [params] = useSearchParams<{ retour?: string }>();
  const navigate = useNavigate();
  const [error, setError] = createSignal<Key>();

  async function signIn(person: { login: string; name?: string; email?: string }) {
    setError(undefined);
    const answer = await fetch('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(person),
    }).catch(() => undefined);
    if (!answer?.ok)
      return setError(
        !answer ? 'signin.error.network' : answer.status === 404 ? 'signin.error.sso' : 'signin.error.login',
      );
    refreshMe();
    navigate(local(params.retour));
  }

  async function signOut() {
    await fetch('/api/session', { method: 'DELETE' }).catch(() => undefined);
    refreshMe();
  }

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const field = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    void signIn({ login: field('login') ?? '', name: field('name'), email: field('email') });
  };

  return (
    <>
      <h1>{t('signin.title')}</h1>
      <p class="notice">{t('signin.demo')}</p>
      <Show when={me()}>
        {person => (
          <p>
            {t('signin.current', { name: person().name ?? person().login })}{' '}
            <button type="button" onClick={() => void signOut()}>
              {t('signin.out')}
            </button>
          </p>
        )}
      </Show>
      <ul class="presets">
        <For each={presets}>
          {preset => (
            <li>
              <button type="button" onClick={() => void signIn(preset)}>
                {t('signin.as', { name: t(preset.label) })}
              </button>
            </li>
          )}
        </For>
      </ul>
      <form onSubmit={submit}>
        <fieldset>
          <legend>{t('signin.other')}</legend>
          <label for="signin-name">{t('signin.name')}</label>
          <input id="signin-name" name="name" autocomplete="name" maxLength={200} />
          <label for="signin-login">{t('signin.login')}</label>
          <input
            id="signin-login"
            name="login"
            required
            autocomplete="username"
            maxLength={128}
            aria-describedby="signin-login-hint"
          />
          <p id="signin-login-hint" class="hint">
            {t('signin.login.hint')}
          </p>
          <label for="signin-email">{t('signin.email')}</label>
          <input id="signin-email" name="email" type="email" autocomplete="email" />
          <button type="submit" class="primary">
            {t('signin.submit')}
          </button>
        </fieldset>
      </form>
      <p role="alert" class="error">
        {error() ? t(error()!) : ''}
      </p>
    </>
  );
}
