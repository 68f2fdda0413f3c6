import { createSignal, Show } from 'solid-js';
import type { Key } from '../../shared/i18n';
import { t } from './i18n';
import { me } from './me';

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
      <Show when={me()}>
        <ForgetSent />
      </Show>
    </section>
  );
}

/**
 * « Supprimer mes photos envoyées » (RGPD): what the intake keeps of the signed-in person, every photo and record,
 * gone at their request. A card being made from a validated photo is the schooling office's to stop: said first.
 */
function ForgetSent() {
  const [said, setSaid] = createSignal<{ key: Key; count?: number }>();
  async function forget() {
    if (!confirm(t('app.forget.confirm'))) return;
    const answer = await fetch('/api/me/data', { method: 'DELETE' }).catch(() => undefined);
    if (!answer?.ok) return setSaid({ key: 'app.forget.failed' });
    const { deleted } = (await answer.json()) as { deleted: number };
    setSaid({ key: 'app.forget.done', count: deleted });
  }
  return (
    <div class="forget">
      <p>{t('app.forget.what')}</p>
      <button type="button" onClick={() => void forget()}>
        {t('app.forget')}
      </button>
      <p role="status">{said() ? t(said()!.key, { count: said()!.count ?? 0 }) : ''}</p>
    </div>
  );
}
