import { defaults } from '../settings';
import { customKey } from '../profile';
import { listenToCommands } from './commands';
import { listenToGrants, syncEntScript } from './ent-script';
import { buildMenus, listenToMenus } from './menus';
import { listenToOmnibox } from './omnibox';

// Listeners are added at the top level, on every start: a service worker that wakes for an event must have them.
listenToOmnibox();
listenToMenus();
listenToCommands();
listenToGrants();

// Fill in only what is missing: an update also fires onInstalled and must keep the person's choices.
chrome.runtime.onInstalled.addListener(async () => {
  const stored = await chrome.storage.sync.get(Object.keys(defaults));
  await chrome.storage.sync.set({ ...defaults, ...stored });
  await Promise.all([buildMenus(), syncEntScript()]);
});

// The menu follows the chosen profile and role, and the imported profile when it changes.
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' || (area === 'local' && customKey in changes)) void buildMenus();
});
