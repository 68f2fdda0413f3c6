import { createMemo, createSignal, For, onMount, Show } from 'solid-js';
import { render } from 'solid-js/web';
import type { Lang } from '../../shared/i18n/lang';
import type { Profile, Role, Task } from '../../shared/profiles/schema';
import { linksFor, resolveLink } from '../../shared/profiles/shipped';
import { search } from '../links/search';
import { chosenProfile } from '../profile';
import { readSettings } from '../settings';
import { message as t, uiLang } from '../ui/messages';

const taskName = (task: Task) => t(`task.${task}`);

function Popup(props: { profile: Profile; role: Role; lang: Lang }) {
  const [query, setQuery] = createSignal('');
  const all = () => props.profile.links.filter(link => link.roles.includes(props.role));
  const found = createMemo(() => (query().trim() ? search(all(), query(), taskName) : all()));
  // Grouped by task in the fixed order, each group keeping only what the filter found.
  const groups = () =>
    linksFor(props.profile, props.role)
      .map(group => ({ ...group, links: group.links.filter(link => found().includes(link)) }))
      .filter(group => group.links.length > 0);
  // Root-relative links ("/photo") belong to the studio, which the demo profile serves from its ENT origin.
  const href = (url: string) => resolveLink(url, props.profile.entOrigin);
  let filter!: HTMLInputElement;
  onMount(() => filter.focus());

  // Enter in the filter box opens the best match, as the omnibox does.
  const openBest = async (event: SubmitEvent) => {
    event.preventDefault();
    const best = query().trim() ? found()[0] : undefined;
    if (!best) return;
    await chrome.tabs.create({ url: href(best.url) });
    window.close();
  };

  return (
    <main>
      <h1>
        <span class="profile">{props.profile.shortName[props.lang]}</span> {t('ext.popup.title')}
      </h1>
      <form role="search" onSubmit={openBest}>
        <label for="filter">{t('ext.popup.filter')}</label>
        <input
          ref={filter}
          id="filter"
          type="search"
          autocomplete="off"
          aria-describedby="filter-hint"
          value={query()}
          onInput={event => setQuery(event.currentTarget.value)}
        />
        <p id="filter-hint" class="hint">
          {t('ext.popup.filter-hint')}
        </p>
      </form>
      <p class="count" role="status">
        {query().trim() ? t('ext.popup.found', { count: found().length }) : ''}
      </p>
      <Show
        when={groups().length > 0}
        fallback={<p>{t(all().length > 0 ? 'ext.popup.no-match' : 'ext.popup.empty')}</p>}
      >
        <For each={groups()}>
          {group => (
            <section>
              <h2>{taskName(group.task)}</h2>
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
      <footer>
        <span>{t(`role.${props.role}`)}</span>
        <button type="button" onClick={() => void chrome.runtime.openOptionsPage()}>
          {t('ext.popup.options')}
        </button>
      </footer>
    </main>
  );
}

// Storage is local (sync only replicates in the background): the popup never waits on the network.
const settings = await readSettings();
const profile = await chosenProfile(settings, () =>
  import('../custom-profile').then(module => module.readCustomProfile()),
);
document.documentElement.lang = uiLang;
document.title = `${profile.shortName[uiLang]} – ${t('ext.popup.title')}`;
render(
  () => <Popup profile={profile} role={settings.role} lang={uiLang} />,
  document.getElementById('root')!,
);
