import { createSignal, onCleanup, Show } from 'solid-js';
import { formatBytes } from '../../../shared/i18n';
import { engine } from '../../app/engine';
import { lang, t } from '../../app/i18n';
import { profile, role } from '../../app/settings';
import { usePageTitle } from '../../app/title';
import type { Meta } from '../../../shared/upload';
import { SendPanel } from '../../upload/SendPanel';
import { Consent } from './Consent';
import { Handoff } from './Handoff';
import type { EndpointUpload, HandoffUpload, Ready } from './types';

export default function Photo() {
  usePageTitle('photo.title');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const [ready, setReady] = createSignal<Ready>();
  const [consent, setConsent] = createSignal<string[]>([]);
  const endpoint = () =>
    profile().upload.kind === 'endpoint' ? (profile().upload as EndpointUpload) : undefined;
  const handoff = () =>
    profile().upload.kind === 'handoff' ? (profile().upload as HandoffUpload) : undefined;
  onCleanup(() => URL.revokeObjectURL(ready()?.url ?? ''));

  async function choose(file: File | undefined) {
    if (!file) return;
    URL.revokeObjectURL(ready()?.url ?? '');
    setReady(undefined);
    setError(undefined);
    setBusy(true);
    const result = await engine.process(file, profile().photo, { lang: lang() });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    const { output } = result;
    if (!output) return setError(result.checks.find(c => c.status === 'fail')?.message);
    // One key per photo: every retry of this photo is the same deposit for the server.
    setReady({ ...result, output, url: URL.createObjectURL(output.blob), key: crypto.randomUUID() });
  }

  const meta = (photo: Ready): Meta => {
    const ids = (status: string) => photo.checks.filter(c => c.status === status).map(c => c.id);
    return {
      profile: profile().id,
      role: role(),
      consent: { version: profile().consent.version, choices: consent(), at: new Date().toISOString() },
      checks: { verdict: photo.verdict, failed: ids('fail'), warned: ids('warn') },
    };
  };

  return (
    <>
      <h1>{t('photo.title')}</h1>
      <p>{t('photo.intro')}</p>
      <div class="field">
        <label for="photo-file">{t('photo.choose')}</label>
        <p id="photo-formats" class="hint">
          {t('photo.formats')}
        </p>
        <input
          id="photo-file"
          type="file"
          accept="image/*"
          aria-describedby={error() ? 'photo-formats photo-error' : 'photo-formats'}
          aria-invalid={error() ? 'true' : undefined}
          onChange={e => void choose(e.currentTarget.files?.[0])}
        />
        <Show when={error()}>
          <p id="photo-error" class="error" role="alert">
            {error()}
          </p>
        </Show>
      </div>
      <p role="status" class="status">
        {busy() ? t('photo.processing') : ''}
      </p>
      <Show when={ready()}>
        {photo => (
          <section class="result" aria-labelledby="result-title">
            <h2 id="result-title">
              {t('photo.ready', {
                width: photo().output.width,
                height: photo().output.height,
                size: formatBytes(lang(), photo().output.bytes),
              })}
            </h2>
            <img
              src={photo().url}
              alt={t('photo.preview')}
              width={photo().output.width}
              height={photo().output.height}
            />
            <Show when={endpoint()}>
              {to => (
                <>
                  <Consent choices={profile().consent.choices} selected={consent()} onChange={setConsent} />
                  <SendPanel
                    endpoint={to().endpoint}
                    photo={photo().output.blob}
                    idempotencyKey={photo().key}
                    canSend
                    meta={() => meta(photo())}
                  />
                </>
              )}
            </Show>
            <Show when={handoff()}>{upload => <Handoff photoUrl={photo().url} upload={upload()} />}</Show>
          </section>
        )}
      </Show>
    </>
  );
}
