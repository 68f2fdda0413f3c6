import type { Profile } from '../shared/profiles/schema';
import { findProfile, profiles } from '../shared/profiles/shipped';
import { defaults, type Settings } from './settings';

/** An imported profile is too big for storage.sync's 8 KB per item: it lives in storage.local, whole. */
export const customKey = 'customProfile';

/**
 * Reads the imported profile, validated (custom-profile.ts). Passed in: the popup loads the schema only when the
 * chosen profile is an imported one, which keeps it out of the popup's size budget for the shipped ones.
 */
export type ReadCustom = () => Promise<Profile | undefined>;

/** Every profile a person can choose: the shipped ones, then theirs (a shipped id always wins). */
export async function availableProfiles(readCustom: ReadCustom): Promise<Profile[]> {
  const custom = await readCustom();
  return custom && !findProfile(custom.id) ? [...profiles, custom] : [...profiles];
}

/** The chosen profile, falling back to the default one when it is gone (a custom profile removed or damaged). */
export async function chosenProfile(settings: Settings, readCustom: ReadCustom): Promise<Profile> {
  const shipped = findProfile(settings.profile);
  if (shipped) return shipped;
  const custom = await readCustom();
  return custom?.id === settings.profile ? custom : findProfile(defaults.profile)!;
}

/** The match pattern for a profile's ENT, what the person grants for the photo-form helper (patterns carry no port). */
export function entPattern(profile: Pick<Profile, 'entOrigin'>): string {
  const { protocol, hostname } = new URL(profile.entOrigin);
  return `${protocol}//${hostname}/*`;
}
