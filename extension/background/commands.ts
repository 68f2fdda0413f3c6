import { passwordLink } from '../links/quick';
import { current, urlOf } from './current';

/** Named in the manifest; `_execute_action` (open the popup) is handled by the browser itself. */
export const passwordCommand = 'open-password';

export function listenToCommands(): void {
  chrome.commands.onCommand.addListener(async command => {
    if (command !== passwordCommand) return;
    const { profile, role } = await current();
    const link = passwordLink(profile, role);
    await chrome.tabs.create({ url: link ? urlOf(profile, link) : profile.entOrigin });
  });
}
