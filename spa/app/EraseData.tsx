import { Show } from 'solid-js';
import { t } from './i18n';

/** Where the page goes once erased: the hub says it is done (and what stays, a photo still waiting to be sent). */
const erasedParam = 'efface';

/**
 * « Effacer mes données de cet appareil », on the hub and once a photo is sent: for a library's shared computer
 * above all. Asks first (the browser's own dialog), then starts the studio afresh on the hub, which says it is done.
 * The erasing code is fetched on the click: the hub's first load does not carry it.
 */
export function EraseData() {
  const erased = new URLSearchParams(location.search).get(erasedParam);
  async function erase() {
    if (!confirm(t('app.erase.confirm'))) return;
    const { eraseDevice } = await import('./erase');
    const { waiting } = await eraseDevice();
    location.replace(`/?${erasedParam}=${waiting}`);
  }
  return (
    <section class="erase" aria-labelledby="erase-title">
      <h2 id="erase-title">{t('app.erase.title')}</h2>
      <p role="status">
        <Show when={erased !== null}>
          {t('app.erase.done')} {Number(erased) > 0 ? t('app.erase.waiting', { count: Number(erased) }) : ''}
        </Show>
      </p>
      <p>{t('app.erase.what')}</p>
      <button type="button" onClick={() => void erase()}>
        {t('app.erase')}
      </button>
    </section>
  );
}
