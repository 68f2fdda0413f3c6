import { translate } from '../../shared/i18n';
import { uiLang } from '../ui/messages';
import type { Task } from '../../shared/profiles';
import { describe, search } from '../links/search';
import { current, linksOf, openUrl, urlOf } from './current';

/** Suggestion descriptions are XML in Chrome (plain text in Firefox): escape what the profile says. */
const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );

const taskName = (task: Task) => translate(uiLang, `task.${task}`);

/** `ent mdp`: the matching links as suggestions, whose content is the link id (unique, unlike URLs). */
async function suggest(text: string, send: (suggestions: chrome.omnibox.SuggestResult[]) => void) {
  const { profile, role } = await current();
  const found = search(linksOf(profile, role), text, taskName).slice(0, 6);
  send(found.map(link => ({ content: link.id, description: escapeXml(describe(link, uiLang)) })));
}

/** Enter opens the chosen suggestion, else the best match, else the ENT's home page. */
async function enter(text: string, disposition: `${chrome.omnibox.OnInputEnteredDisposition}`) {
  const { profile, role } = await current();
  const mine = linksOf(profile, role);
  const link = mine.find(l => l.id === text.trim()) ?? search(mine, text, taskName)[0];
  await openUrl(link ? urlOf(profile, link) : profile.entOrigin, disposition);
}

export function listenToOmnibox(): void {
  chrome.omnibox.setDefaultSuggestion({ description: escapeXml(translate(uiLang, 'ext.omnibox.default')) });
  chrome.omnibox.onInputChanged.addListener((text, send) => void suggest(text, send));
  chrome.omnibox.onInputEntered.addListener((text, disposition) => void enter(text, disposition));
}
