import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { formatBytes } from '../../shared/i18n/format';
import { lang, t } from '../app/i18n';
import { flush, outboxNotice, refreshWaiting, waiting, type OutboxNotice } from './deposits';
import './sending.css';

const noticeText = (notice: OutboxNotice | undefined) =>
  !notice
    ? ''
    : notice.sent
      ? t('upload.outbox.sent', { id: notice.id })
      : t('upload.outbox.refused', { status: notice.status });

const when = (iso: string) =>
  new Intl.DateTimeFormat(lang() === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));

/**
 * The photos waiting on this device, on every page (mounted once in the layout), and the one place that sends
 * them: at start, when the network comes back, and when the tab becomes visible again.
 */
export function Outbox() {
  const [online, setOnline] = createSignal(navigator.onLine);
  const retry = () => void flush();
  const onOnline = () => {
    setOnline(true);
    retry();
  };
  const onOffline = () => setOnline(false);
  const onVisible = () => document.visibilityState === 'visible' && retry();
  onMount(() => {
    void refreshWaiting().then(retry);
    addEventListener('online', onOnline);
    addEventListener('offline', onOffline);
    document.addEventListener('visibilitychange', onVisible);
  });
  onCleanup(() => {
    removeEventListener('online', onOnline);
    removeEventListener('offline', onOffline);
    document.removeEventListener('visibilitychange', onVisible);
  });
  return (
    <>
      <Show when={waiting().length > 0}>
        <aside class="outbox" aria-labelledby="outbox-title">
          <h2 id="outbox-title">{t('upload.outbox.title', { count: waiting().length })}</h2>
          <ul>
            <For each={waiting()}>
              {item => (
                <li>
                  {t('upload.outbox.item', {
                    date: when(item.queuedAt),
                    size: formatBytes(lang(), item.photo.byteLength),
                  })}
                </li>
              )}
            </For>
          </ul>
          <p>{online() ? t('upload.outbox.online') : t('upload.outbox.offline')}</p>
          <button type="button" disabled={!online()} onClick={retry}>
            {t('upload.outbox.retry')}
          </button>
        </aside>
      </Show>
      <p role="status" class="outbox-notice">
        {noticeText(outboxNotice())}
      </p>
    </>
  );
}
