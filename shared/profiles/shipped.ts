// The shipped profiles and what reads them, without the schema: the extension's popup loads this alone.

import demo from './demo.json';
import poitiers from './poitiers.json';
import uca from './uca.json';
import type { Profile, ProfileLink } from './schema';
import { tasks, type Role, type Task } from './vocabulary';

/**
 * The shipped profiles. JSON widens literals, hence the cast: the build (vite.config.ts, validateProfiles) and
 * profiles.test.ts parse every file with ProfileSchema, so a profile that does not validate never ships.
 */
export const profiles = [uca, poitiers, demo] as unknown as readonly Profile[];
export type ProfileId = (typeof profiles)[number]['id'];
export const defaultProfileId = 'demo';

export const findProfile = (id: string | null | undefined): Profile | undefined =>
  profiles.find(p => p.id === id);

export type TaskGroup = { task: Task; links: ProfileLink[] };

/** The profile's links for one role, grouped by task in the fixed task order; empty tasks are left out. */
export function linksFor(profile: Profile, role: Role): TaskGroup[] {
  return tasks
    .map(task => ({ task, links: profile.links.filter(l => l.task === task && l.roles.includes(role)) }))
    .filter(group => group.links.length > 0);
}

/** Root-relative links ("/photo") point into the studio; everything else is already absolute. */
export const resolveLink = (url: string, appOrigin: string): string => new URL(url, appOrigin).href;
