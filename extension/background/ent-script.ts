import entPhotoScript from '../content/ent-photo.iife.ts?script';

const scriptId = 'ent-photo';

/**
 * The ENT photo-form helper runs only on the ENT origins the person granted (optional host permissions, asked at a
 * click in the options): it is registered for exactly those, and again whenever a grant is added or withdrawn.
 */
async function sync(): Promise<void> {
  const { origins = [] } = await chrome.permissions.getAll();
  const registered = await chrome.scripting.getRegisteredContentScripts({ ids: [scriptId] });
  if (registered.length > 0) await chrome.scripting.unregisterContentScripts({ ids: [scriptId] });
  if (origins.length === 0) return;
  await chrome.scripting.registerContentScripts([
    {
      id: scriptId,
      matches: origins,
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
