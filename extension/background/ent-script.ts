import entPhotoScript from '../content/ent-photo.iife.ts?script';
import { entPattern } from '../profile';
import { current } from './current';

const scriptId = 'ent-photo';

/**
 * The ENT photo-form helper runs on one page only: the photo page the chosen profile names (`photoForm.path`), on an
 * ENT origin the person granted (optional host permissions, asked at a click in the options). It is registered again
 * whenever a grant, the chosen profile or an imported profile changes.
 */
export async function photoPagePattern(): Promise<string | undefined> {
  const { profile } = await current();
  if (!profile.photoForm) return undefined;
  const origin = entPattern(profile);
  if (!(await chrome.permissions.contains({ origins: [origin] }))) return undefined;
  // Match patterns carry no port and match the query too: the path alone, then anything.
  const { pathname } = new URL(profile.photoForm.path, profile.entOrigin);
  return origin.replace(/\/\*$/, `${pathname}*`);
}

async function sync(): Promise<void> {
  const pattern = await photoPagePattern();
  const registered = await chrome.scripting.getRegisteredContentScripts({ ids: [scriptId] });
  if (registered.length > 0) await chrome.scripting.unregisterContentScripts({ ids: [scriptId] });
  if (!pattern) return;
  await chrome.scripting.registerContentScripts([
    {
      id: scriptId,
      matches: [pattern],
      js: [entPhotoScript],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

let syncing = Promise.resolve();
/** One at a time: a grant during install must not register the script twice. */
export const syncEntScript = (): Promise<void> => (syncing = syncing.then(sync, sync));

export function listenToGrants(): void {
  chrome.permissions.onAdded.addListener(() => void syncEntScript());
  chrome.permissions.onRemoved.addListener(() => void syncEntScript());
}
