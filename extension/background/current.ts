import { resolveLink, type Profile, type ProfileLink, type Role } from '../../shared/profiles';
import { readCustomProfile } from '../custom-profile';
import { chosenProfile } from '../profile';
import { readSettings } from '../settings';

/** The profile and role the person chose, read afresh each time: a service worker may be restarted at any moment. */
export async function current(): Promise<{ profile: Profile; role: Role }> {
  const settings = await readSettings();
  return { profile: await chosenProfile(settings, readCustomProfile), role: settings.role };
}

export const linksOf = (profile: Profile, role: Role): ProfileLink[] =>
  profile.links.filter(link => link.roles.includes(role));

export const urlOf = (profile: Profile, link: ProfileLink): string =>
  resolveLink(link.url, profile.entOrigin);

/**
 * Opens a page as the omnibox asked (this tab, a new one, a background one). `chrome.tabs.create` and updating the
 * current tab need no `tabs` permission.
 */
export async function openUrl(
  url: string,
  disposition: `${chrome.omnibox.OnInputEnteredDisposition}` = 'newForegroundTab',
): Promise<void> {
  if (disposition === 'currentTab') await chrome.tabs.update({ url });
  else await chrome.tabs.create({ url, active: disposition === 'newForegroundTab' });
}
