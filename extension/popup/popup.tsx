import { For, Show } from 'solid-js';
import { render } from 'solid-js/web';
import { pickLang, translate, type Key, type Lang } from '../../shared/i18n';
import { findProfile, linksFor, resolveLink, type Profile, type Role } from '../../shared/profiles';
import { defaults, readSettings } from '../settings';

function Popup(props: { profile: Profile; role: Role; lang: Lang }) {
  const t = (key: Key) => translate(props.lang, key);
  const groups = () => linksFor(props.profile, props.role);
  // Root-relative links ("/photo") belong to the studio, which the demo profile serves from its ENT origin.
  const href = (url: string) => resolveLink(url, props.profile.entOrigin);
  return (
    <main>
      <h1>
        <span class="profile">{props.profile.shortName[props.lang]}</span> {t('ext.popup.title')}
      </h1>
      <Show when={groups().length > 0} fallback={<p>{t('ext.popup.empty')}</p>}>
        <For each={groups()}>
          {group => (
            <section>
              <h2>{t(`task.${group.task}`)}</h2>
              <ul>
                <For each={group.links}>
                  {link => (
                    <li>
                      <a href={href(link.url)} target="_blank" rel="noopener">
                        <span class="label">{link.label[props.lang]}</span>
                        <Show when={link.hint}>{hint => <span class="hint">{hint()[props.lang]}</span>}</Show>
                      </a>
                    </li>
                  )}
                </For>
              </ul>
            </section>
          )}
        </For>
      </Show>
    </main>
  );
}

// Storage is local (sync only replicates in the background): the popup never waits on the network.
const settings = await readSettings();
const lang = pickLang([chrome.i18n.getUILanguage()]);
const profile = findProfile(settings.profile) ?? findProfile(defaults.profile)!;
document.documentElement.lang = lang;
document.title = `${profile.shortName[lang]} – ${translate(lang, 'ext.popup.title')}`;
render(() => <Popup profile={profile} role={settings.role} lang={lang} />, document.getElementById('root')!);
