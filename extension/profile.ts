import { findProfile, profiles, type Profile } from '../shared/profiles';
import { defaults, type Settings } from './settings';

/** An imported profile is too big for storage.sync's 8 KB per item: it lives in storage.local, whole. */
export const customKey = 'customProfile';

/**
 * The imported profile, if any. Only the options page writes it, after validating it with the full schema; this
 * guard only keeps a damaged entry out, so the popup does not load the schema (its size budget).
 */
export async function readCustomProfile(): Promise<Profile | undefined> {
  const stored = (await chrome.storage.local.get(customKey))[customKey] as Partial<Profile> | undefined;
  const usable =
    typeof stored?.id === 'string' && typeof stored.entOrigin === 'string' && Array.isArray(stored.links);
  return usable ? (stored as Profile) : undefined;
}

/** Every profile a person can choose: the shipped ones, then theirs (a shipped id always wins). */
export async function availableProfiles(): Promise<Profile[]> {
  const custom = await readCustomProfile();
  return custom && !findProfile(custom.id) ? [...profiles, custom] : [...profiles];
}

/** The chosen profile, falling back to the default one when it is gone (a custom profile removed). */
export async function chosenProfile(settings: Settings): Promise<Profile> {
  const all = await availableProfiles();
  return all.find(p => p.id === settings.profile) ?? findProfile(defaults.profile)!;
}

/** The match pattern for a profile's ENT, what the person grants for the photo-form helper (patterns carry no port). */
export function entPattern(profile: Pick<Profile, 'entOrigin'>): string {
  const { protocol, hostname } = new URL(profile.entOrigin);
  return `${protocol}//${hostname}/*`;
}
