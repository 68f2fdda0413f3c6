import { defaults } from '../settings';
import { customKey } from '../profile';
import { listenToCommands } from './commands';
import { listenToEngineTokens } from './engine-access';
import { listenToEntPages } from './ent-page';
import { listenToGrants, syncEntScript } from './ent-script';
import { buildMenus, listenToMenus } from './menus';
import { listenToOmnibox } from './omnibox';

// Listeners are added at the top level, on every start: a service worker that wakes for an event must have them.
listenToOmnibox();
listenToMenus();
listenToCommands();
listenToGrants();
listenToEntPages();
listenToEngineTokens();

/**
 * Storage is for the extension's own pages: the content script on the ENT page asks the background for what it needs
 * (ent-page.ts), so neither it nor anything that subverts it can read or change the settings and imported profile.
 * Chrome keeps this per extension; Firefox restricts only storage.session so far (bug 1724754), hence the catch.
 */
for (const area of [chrome.storage.local, chrome.storage.sync])
  area.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);

// Fill in only what is missing: an update also fires onInstalled and must keep the person's choices.
chrome.runtime.onInstalled.addListener(async () => {
  const stored = await chrome.storage.sync.get(Object.keys(defaults));
  await chrome.storage.sync.set({ ...defaults, ...stored });
  await Promise.all([buildMenus(), syncEntScript()]);
});

// The menu and the photo page follow the chosen profile and role, and the imported profile when it changes.
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' || (area === 'local' && customKey in changes))
    void Promise.all([buildMenus(), syncEntScript()]);
});
