import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { linksFor, profiles, resolveLink, roles, type ProfileLink } from '../../shared/profiles';
import { lang, t } from '../app/i18n';
import { profile, profileId, role, setProfileId, setRole } from '../app/settings';
import { EraseData } from '../app/EraseData';
import { usePageTitle } from '../app/title';

/** Studio paths stay in the app; the ENT and help pages are the university's own sites. */
function TaskLink(props: { link: ProfileLink }) {
  const label = () => props.link.label[lang()];
  const hint = () => props.link.hint?.[lang()];
  return (
    <li>
      <Show
        when={props.link.url.startsWith('/')}
        fallback={<a href={resolveLink(props.link.url, location.origin)}>{label()}</a>}
      >
        <A href={props.link.url}>{label()}</A>
      </Show>
      <Show when={hint()}>
        <span class="hint">{hint()}</span>
      </Show>
    </li>
  );
}

export function Hub() {
  usePageTitle('hub.title');
  return (
    <>
      <h1>{t('hub.title')}</h1>
      <p class="lead">{t('app.tagline')}</p>
      <div class="choices">
        <label>
          {t('hub.profile')}
          <select value={profileId()} onChange={e => setProfileId(e.currentTarget.value)}>
            <For each={profiles}>{p => <option value={p.id}>{p.name[lang()]}</option>}</For>
          </select>
        </label>
        <label>
          {t('hub.role')}
          <select
            value={role()}
            onChange={e => setRole(roles.find(r => r === e.currentTarget.value) ?? 'student')}
          >
            <For each={roles}>{r => <option value={r}>{t(`role.${r}`)}</option>}</For>
          </select>
        </label>
      </div>
      <div class="tasks">
        <For each={linksFor(profile(), role())}>
          {group => (
            <section aria-labelledby={`task-${group.task}`}>
              <h2 id={`task-${group.task}`}>{t(`task.${group.task}`)}</h2>
              <ul>
                <For each={group.links}>{link => <TaskLink link={link} />}</For>
              </ul>
            </section>
          )}
        </For>
      </div>
      <AccessByRole />
      <Support />
      <EraseData />
      <Show when={profile().notes.length > 0}>
        <h2>{t('hub.notes')}</h2>
        <ul>
          <For each={profile().notes}>{note => <li>{note[lang()]}</li>}</For>
        </ul>
      </Show>
    </>
  );
}

/** « Quel accès pour moi ? »: what each kind of person keeps or gets, for graduates and recruiters above all. */
function AccessByRole() {
  return (
    <section aria-labelledby="access-title">
      <h2 id="access-title">{t('studio.access.title')}</h2>
      <dl class="access">
        <For each={roles}>
          {r => (
            <>
              <dt>{t(`role.${r}`)}</dt>
              <dd>{t(`studio.access.${r}`)}</dd>
            </>
          )}
        </For>
      </dl>
    </section>
  );
}

/** The university's own help desk: e-mail, phone and site, where the profile gives them. */
function Support() {
  const support = () => profile().support;
  return (
    <Show when={support().email || support().phone || support().url}>
      <h2>{t('hub.support')}</h2>
      <ul class="support">
        <Show when={support().email}>
          {email => (
            <li>
              <a href={`mailto:${email()}`}>{email()}</a>
            </li>
          )}
        </Show>
        <Show when={support().phone}>
          {phone => (
            <li>
              <a href={`tel:${phone().replace(/ /g, '')}`}>{phone()}</a>
            </li>
          )}
        </Show>
        <Show when={support().url}>
          {url => (
            <li>
              <a href={resolveLink(url(), location.origin)}>{t('hub.supportSite')}</a>
            </li>
          )}
        </Show>
      </ul>
    </Show>
  );
}
