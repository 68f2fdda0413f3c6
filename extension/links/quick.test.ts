import { expect, it } from 'vitest';
import { findProfile, profiles, roles } from '../../shared/profiles';
import { passwordLink, quickLinkCount, quickLinks } from './quick';

it('gives at most five links, each for the role, password first when there is one', () => {
  for (const profile of profiles)
    for (const role of roles) {
      const links = quickLinks(profile, role);
      expect(links.length).toBeLessThanOrEqual(quickLinkCount);
      for (const link of links) expect(link.roles).toContain(role);
      if (passwordLink(profile, role)) expect(links[0]).toBe(passwordLink(profile, role));
    }
  expect(quickLinks(findProfile('uca')!, 'student').map(l => l.id)).toEqual([
    'password.change',
    'card.opposition',
    'photo.upload',
    'image-rights.manage',
    'personal-info.edit',
  ]);
});
