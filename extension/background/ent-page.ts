import { entPageRequest, type EntPage } from '../content/page-request';
import { entPattern } from '../profile';
import { current } from './current';

/**
 * The chosen profile's photo rules and photo input, for our own content script in the top frame of that profile's
 * photo page only. Anything else (another page, a frame, a message of another shape) is answered null.
 */
export async function entPageFor(sender: chrome.runtime.MessageSender): Promise<EntPage | null> {
  if (sender.id !== chrome.runtime.id || !sender.tab || sender.frameId !== 0 || !sender.url) return null;
  const { profile } = await current();
  const form = profile.photoForm;
  if (!form) return null;
  const page = new URL(sender.url);
  const photoPage = new URL(form.path, profile.entOrigin);
  const onPage = page.origin === photoPage.origin && page.pathname.startsWith(photoPage.pathname);
  const granted = await chrome.permissions.contains({ origins: [entPattern({ entOrigin: page.origin })] });
  return onPage && granted ? { photo: profile.photo, input: form.input } : null;
}

export function listenToEntPages(): void {
  chrome.runtime.onMessage.addListener((message, sender, answer) => {
    if (message !== entPageRequest) return false;
    void entPageFor(sender).then(answer, () => answer(null));
    return true; // the answer comes asynchronously
  });
}
