import { translate } from '../../shared/i18n';
import { uiLang } from '../ui/messages';
import { quickLinks } from '../links/quick';
import { current, urlOf } from './current';

const optionsId = 'options';
const linkPrefix = 'link:';

/** The toolbar icon's menu: the five most used links for the chosen profile and role, then the options. */
async function build(): Promise<void> {
  const { profile, role } = await current();
  await chrome.contextMenus.removeAll();
  for (const link of quickLinks(profile, role))
    chrome.contextMenus.create({ id: linkPrefix + link.id, title: link.label[uiLang], contexts: ['action'] });
  chrome.contextMenus.create({
    id: optionsId,
    title: translate(uiLang, 'ext.menu.options'),
    contexts: ['action'],
  });
}

let building = Promise.resolve();
/** One rebuild at a time: two interleaved ones would create the same ids twice. */
export const buildMenus = (): Promise<void> => (building = building.then(build, build));

async function clicked(info: chrome.contextMenus.OnClickData) {
  const id = String(info.menuItemId);
  if (id === optionsId) return chrome.runtime.openOptionsPage();
  const { profile, role } = await current();
  const link = quickLinks(profile, role).find(l => linkPrefix + l.id === id);
  if (link) await chrome.tabs.create({ url: urlOf(profile, link) });
}

export const listenToMenus = (): void =>
  chrome.contextMenus.onClicked.addListener(info => void clicked(info));
