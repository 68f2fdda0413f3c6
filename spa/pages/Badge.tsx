import { For, Show } from 'solid-js';
import { linksFor, resolveLink } from '../../shared/profiles';
import { lang, t } from '../app/i18n';
import { profile } from '../app/settings';
import { Wizard } from './photo/Wizard';

/** Staff badge: the same photo, certified as theirs by the person, and the ENT's own badge request. */
export default function Badge() {
  const links = () => linksFor(profile(), 'staff').find(group => group.task === 'badge')?.links ?? [];
  return (
    <>
      <h1>{t('studio.badge.title')}</h1>
      <p>{t('studio.badge.intro')}</p>
      <Show when={links().length > 0}>
        <ul>
          <For each={links()}>
            {link => (
              <li>
                <a href={resolveLink(link.url, location.origin)}>{link.label[lang()]}</a>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Wizard flow="badge" title="studio.badge.title" />
    </>
  );
}
