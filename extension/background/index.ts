import { defaults } from '../settings';

// Fill in only what is missing: an update also fires onInstalled and must keep the person's choices.
chrome.runtime.onInstalled.addListener(async () => {
  const stored = await chrome.storage.sync.get(Object.keys(defaults));
  await chrome.storage.sync.set({ ...defaults, ...stored });
});
