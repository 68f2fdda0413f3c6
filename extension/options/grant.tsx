import { createResource, Show } from 'solid-js';
import type { Profile } from '../../shared/profiles';
import { entPattern } from '../profile';
import type { T } from './options';

/**
 * The ENT photo-form helper, switched on per ENT origin at a click: `permissions.request` needs this user gesture,
 * and only the origins listed in optional_host_permissions (the shipped universities) can be asked for.
 */
export function EntPhotoForm(props: { t: T; profile: Profile }) {
  const origin = () => entPattern(props.profile);
  const host = () => new URL(props.profile.entOrigin).host;
  const askable = () => (chrome.runtime.getManifest().optional_host_permissions ?? []).includes(origin());
  const [granted, { mutate }] = createResource(origin, pattern =>
    chrome.permissions.contains({ origins: [pattern] }),
  );

  const toggle = async () => {
    const origins = [origin()];
    mutate(
      granted()
        ? !(await chrome.permissions.remove({ origins }))
        : await chrome.permissions.request({ origins }),
    );
  };

  return (
    <section aria-labelledby="ent-photo">
      <h2 id="ent-photo">{props.t('ext.grant.title')}</h2>
      <p>{props.t('ext.grant.explain')}</p>
      <Show when={askable()} fallback={<p>{props.t('ext.grant.unavailable', { host: host() })}</p>}>
        <p role="status">{props.t(granted() ? 'ext.grant.on' : 'ext.grant.off', { host: host() })}</p>
        <button type="button" onClick={() => void toggle()}>
          {props.t(granted() ? 'ext.grant.revoke' : 'ext.grant.allow', { host: host() })}
        </button>
      </Show>
    </section>
  );
}
