import { For } from 'solid-js';
import { t } from '../app/i18n';
import { usePageTitle } from '../app/title';

const sections = [
  { id: 'mot-de-passe', title: 'task.password' },
  { id: 'badge', title: 'task.badge' },
  { id: 'opposition', title: 'task.card' },
  { id: 'droit-image', title: 'task.image-rights' },
] as const;

/** The demo profile's stand-in for a university ENT, so that every demo link leads somewhere real. */
export default function EntDemo() {
  usePageTitle('entDemo.title');
  return (
    <>
      <h1>{t('entDemo.title')}</h1>
      <p>{t('entDemo.intro')}</p>
      <For each={sections}>
        {section => (
          <section id={section.id} aria-labelledby={`${section.id}-title`}>
            <h2 id={`${section.id}-title`}>{t(section.title)}</h2>
            <p>{t('entDemo.section')}</p>
          </section>
        )}
      </For>
    </>
  );
}
