import * as v from 'valibot';
import { ProfileSchema, type Profile } from '../shared/profiles/schema';
import { customKey } from './profile';

/**
 * The imported profile, if any, validated again at every read: only the options page writes it, after the same
 * check, but what storage holds may come from an older version, a damaged profile or another hand.
 */
export async function readCustomProfile(): Promise<Profile | undefined> {
  const stored: unknown = (await chrome.storage.local.get(customKey))[customKey];
  const result = v.safeParse(ProfileSchema, stored);
  return result.success ? result.output : undefined;
}
