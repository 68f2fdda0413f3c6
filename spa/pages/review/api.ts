import type { Decision, DecisionRecord, ReviewPage, ReviewPhoto } from '../../../shared/review';

/** The intake's review API (spa/intake/review.ts), same origin, the session's cookie going with each call. */

/** What stops the page, each with its own message: nobody signed in (401), not a reviewer (403), no answer. */
export type Problem = 'signed-out' | 'forbidden' | 'network';
export class ReviewError extends Error {
  constructor(readonly problem: Problem) {
    super(problem);
  }
}

export type Filters = { status: ReviewPhoto['status'] | ''; role: ReviewPhoto['role'] | '' };
export type Detail = { photo: ReviewPhoto; decisions: DecisionRecord[] };

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { cache: 'no-store', ...init }).catch(() => {
    throw new ReviewError('network');
  });
  if (response.status === 401) throw new ReviewError('signed-out');
  if (response.status === 403) throw new ReviewError('forbidden');
  // A server that answers wrongly is, for the office, one that does not answer: the same message and retry.
  if (!response.ok) throw new ReviewError('network');
  return (await response.json()) as T;
}

const photoPath = (id: string) => `/api/review/photos/${encodeURIComponent(id)}`;

export function listPhotos(filters: Filters, after?: string, limit = 50): Promise<ReviewPage> {
  const query = new URLSearchParams({ limit: String(limit) });
  if (filters.status) query.set('status', filters.status);
  if (filters.role) query.set('role', filters.role);
  if (after) query.set('after', after);
  return call(`/api/review/photos?${query}`);
}

export const photoDetail = (id: string) => call<Detail>(photoPath(id));

export const photoUrl = (id: string) => `${photoPath(id)}/photo`;

export const decide = (id: string, decision: Decision) =>
  call<Detail>(`${photoPath(id)}/decision`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(decision),
  });
