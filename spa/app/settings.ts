import { createEffect, createMemo, createRoot, createSignal, on } from 'solid-js';
import { defaultProfileId, findProfile, profiles, roles, type Role } from '../../shared/profiles';

const saved = (key: string) => localStorage.getItem(`trombine.${key}`);

/** Which university and which role the person chose; kept on this device only. */
export const [profileId, setProfileId] = createSignal(findProfile(saved('profile'))?.id ?? defaultProfileId);
export const [role, setRole] = createSignal<Role>(roles.find(r => r === saved('role')) ?? 'student');

export const profile = createRoot(() => createMemo(() => findProfile(profileId()) ?? profiles[0]!));

// Written when the person chooses, not at every start: once erased (spa/app/erase.ts), nothing comes back by itself.
createRoot(() =>
  createEffect(
    on(
      [profileId, role],
      ([id, chosen]) => {
        localStorage.setItem('trombine.profile', id);
        localStorage.setItem('trombine.role', chosen);
      },
      { defer: true },
    ),
  ),
);
