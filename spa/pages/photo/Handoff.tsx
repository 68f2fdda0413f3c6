import { For } from 'solid-js';
import { resolveLink } from '../../../shared/profiles';
import { lang, t } from '../../app/i18n';
import { profile } from '../../app/settings';
import type { HandoffUpload } from './types';

/** No upload API at this university: save the compliant JPEG, then follow its steps on the ENT. */
export function Handoff(props: { photoUrl: string; upload: HandoffUpload }) {
  return (
    <div class="handoff">
      <h3>{t('photo.handoff.title')}</h3>
      <p class="actions">
        <a href={props.photoUrl} download={`photo-${profile().id}.jpg`} class="button">
          {t('photo.handoff.save')}
        </a>
        <a href={resolveLink(props.upload.url, location.origin)} class="button">
          {t('photo.handoff.open')}
        </a>
      </p>
      <p>{t('photo.handoff.steps')}</p>
      <ol>
        <For each={props.upload.steps}>{step => <li>{step[lang()]}</li>}</For>
      </ol>
    </div>
  );
}
