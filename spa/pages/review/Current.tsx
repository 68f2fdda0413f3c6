import { createSignal, For, Show } from 'solid-js';
import { isKey } from '../../../shared/i18n/fr';
import type { ReviewPhoto } from '../../../shared/review';
import { t } from '../../app/i18n';
import { photoUrl } from './api';
import { when } from './when';

/** A check named in words; one this studio does not know (a newer client's) by its id. */
const checkName = (id: string) => {
  const key = `review.check.${id}`;
  return isKey(key) ? t(key) : id;
};
/** The verdict is said in words; the sign beside it only repeats it (never colour alone). */
const sign = { ok: '✓', warnings: '!', blocked: '✗' } as const;

export const nameOf = (photo: ReviewPhoto) => photo.name ?? photo.owner;

/**
 * The photo at its real size (the JPEG's own pixels, one per CSS pixel) on a card mock-up with who sent it, and
 * beside it what the studio's checks said before sending.
 */
export function Current(props: { photo: ReviewPhoto }) {
  const report = () => props.photo.checks;
  const named = (ids: string[]) => (
    <ul>
      <For each={ids}>{id => <li>{checkName(id)}</li>}</For>
    </ul>
  );
  return (
    <div class="review-shown">
      <div class="review-card">
        <Show when={props.photo.id} keyed>
          {id => <RealSize src={photoUrl(id)} alt={t('review.photoAlt', { name: nameOf(props.photo) })} />}
        </Show>
        <div class="review-card-text">
          <strong>{nameOf(props.photo)}</strong>
          <span>{t('review.login', { login: props.photo.owner })}</span>
          <span>{t(`role.${props.photo.role}`)}</span>
        </div>
      </div>
      <div class="review-facts">
        <p>
          {t('review.receivedAt', { date: when(props.photo.receivedAt) })}
          <br />
          {t('photo.status', { status: t(`photo.status.${props.photo.status}`) })}
        </p>
        <section class="review-report" aria-labelledby="review-report">
          <h3 id="review-report">{t('review.report')}</h3>
          <p class={`review-verdict verdict-${report().verdict}`}>
            <span aria-hidden="true">{sign[report().verdict]}</span> {t(`review.verdict.${report().verdict}`)}
          </p>
          <Show when={report().failed.length || report().warned.length}>
            <dl>
              <Show when={report().failed.length}>
                <dt>{t('review.failed')}</dt>
                <dd>{named(report().failed)}</dd>
              </Show>
              <Show when={report().warned.length}>
                <dt>{t('review.warned')}</dt>
                <dd>{named(report().warned)}</dd>
              </Show>
            </dl>
          </Show>
        </section>
      </div>
    </div>
  );
}

/** Width and height from the JPEG itself once it is here: the photo is never scaled up or down on a wide screen. */
function RealSize(props: { src: string; alt: string }) {
  const [size, setSize] = createSignal<{ width: number; height: number }>();
  return (
    <img
      src={props.src}
      alt={props.alt}
      width={size()?.width}
      height={size()?.height}
      onLoad={event =>
        setSize({ width: event.currentTarget.naturalWidth, height: event.currentTarget.naturalHeight })
      }
    />
  );
}
