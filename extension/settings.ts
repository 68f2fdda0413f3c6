import { roles, type Role } from '../shared/profiles/vocabulary';

/** What the person chose, in chrome.storage.sync: ids only, well under the 8 KB per-item quota. */
export type Settings = { profile: string; role: Role };

/** UCA is the first university the extension ships for; most people are students. */
export const defaults: Settings = { profile: 'uca', role: 'student' };

/** Stored values, each falling back to its default when missing or no longer valid. */
export async function readSettings(): Promise<Settings> {
  const stored = await chrome.storage.sync.get(['profile', 'role']);
  return {
    profile: typeof stored.profile === 'string' ? stored.profile : defaults.profile,
    role: roles.includes(stored.role as Role) ? (stored.role as Role) : defaults.role,
  };
}
