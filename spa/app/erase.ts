import { eraseStudio } from '../pages/photo/state';
import { store } from '../upload/store';

/**
 * « Effacer mes données de cet appareil »: the wizards' photos and JPEGs, the image-rights receipts, the deposits'
 * receipts, and the settings (university, role, language). A photo still waiting to be sent stays until it is (the
 * answer says how many). Cache Storage holds no photo, only the studio's own files. The page then starts afresh.
 */
export async function eraseDevice(): Promise<{ waiting: number }> {
  await eraseStudio();
  const { waiting } = await store.erase().catch(() => ({ waiting: 0 }));
  for (const key of Object.keys(localStorage)) if (key.startsWith('trombine.')) localStorage.removeItem(key);
  sessionStorage.clear();
  return { waiting };
}
