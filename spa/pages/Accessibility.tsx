import { For, Show } from 'solid-js';
import type { Key } from '../../shared/i18n';
import { t } from '../app/i18n';
import { profile } from '../app/settings';
import { usePageTitle } from '../app/title';

/** The statement's sections, in the order of the official model (RGAA 4.1.2, « déclaration d’accessibilité »). */
const sections: { title: Key; paragraphs: Key[] }[] = [
  { title: 'a11y.state.title', paragraphs: ['a11y.state.text'] },
  { title: 'a11y.results.title', paragraphs: ['a11y.results.text'] },
  { title: 'a11y.gaps.title', paragraphs: ['a11y.gaps.screenReaders', 'a11y.gaps.liveHints'] },
  { title: 'a11y.made.title', paragraphs: ['a11y.made.date', 'a11y.made.tech', 'a11y.made.tools'] },
  { title: 'a11y.plan.title', paragraphs: ['a11y.plan.text'] },
  { title: 'a11y.contact.title', paragraphs: ['a11y.contact.text'] },
  { title: 'a11y.appeal.title', paragraphs: ['a11y.appeal.text'] },
];

/** Accessibility statement, reachable from every page's footer (« Accessibilité : partiellement conforme »). */
export default function Accessibility() {
  usePageTitle('a11y.title');
  return (
    <>
      <h1>{t('a11y.title')}</h1>
      <p>{t('a11y.intro')}</p>
      <For each={sections}>
        {section => (
          <section aria-labelledby={section.title}>
            <h2 id={section.title}>{t(section.title)}</h2>
            <For each={section.paragraphs}>{key => <p>{t(key)}</p>}</For>
            <Show when={section.title === 'a11y.contact.title' && profile().support.email}>
              {email => (
                <p>
                  <a href={`mailto:${email()}`}>{email()}</a>
                </p>
              )}
            </Show>
            <Show when={section.title === 'a11y.appeal.title'}>
              <p>
                <a href="https://formulaire.defenseurdesdroits.fr/">{t('a11y.appeal.link')}</a>
              </p>
            </Show>
          </section>
        )}
      </For>
    </>
  );
}
