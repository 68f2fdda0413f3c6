import { createResource } from 'solid-js';
import type { Person } from '../../shared/review';

/** What the intake says of the person (spa/intake/session.ts `Me`). */
export type Me = Person & { reviewer: boolean; identity: 'header' | 'demo' };

/**
 * Who the intake thinks this is; `signed-out` when nobody is; undefined when this studio has no intake (a
 * profile that hands off to its ENT) or it cannot be reached. Asked once per page load, again after a sign-in or out.
 */
async function fetchMe(): Promise<Me | 'signed-out' | undefined> {
  try {
    const response = await fetch('/api/me', { cache: 'no-store' });
    if (!response.ok) return undefined;
    const answer = (await response.json()) as Partial<Me>;
    return answer.login ? (answer as Me) : 'signed-out';
  } catch {
    return undefined;
  }
}

const [answer, { refetch }] = createResource(fetchMe);
/** The signed-in person, if any. */
export const me = (): Me | undefined => (typeof answer() === 'object' ? (answer() as Me) : undefined);
export const signedOut = () => answer() === 'signed-out';
export const refreshMe = () => void refetch();
