import type { Profile, ProfileLink, Role, Task } from '../../shared/profiles';

/**
 * What people come for most, in order (the ENT help desk's most frequent requests): the first link of each of these
 * tasks fills the toolbar icon's menu, which Chrome caps at 6 entries (5 links and the options).
 */
const quickTasks: readonly Task[] = [
  'password',
  'card',
  'photo',
  'badge',
  'image-rights',
  'personal-info',
  'help',
];
export const quickLinkCount = 5;

export function quickLinks(profile: Profile, role: Role): ProfileLink[] {
  const mine = profile.links.filter(link => link.roles.includes(role));
  return quickTasks
    .map(task => mine.find(link => link.task === task))
    .filter(link => link !== undefined)
    .slice(0, quickLinkCount);
}

/** The link the "password" shortcut opens: changing it first, any password page otherwise. */
export const passwordLink = (profile: Profile, role: Role): ProfileLink | undefined =>
  profile.links.find(l => l.id === 'password.change' && l.roles.includes(role)) ??
  profile.links.find(l => l.task === 'password' && l.roles.includes(role));
