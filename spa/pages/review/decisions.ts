import { createSignal } from 'solid-js';
import type { Decision, ReviewPhoto } from '../../../shared/review';
import { decide, ReviewError } from './api';
import type { Queue } from './queue';

/**
 * Decisions sent one after another (one photo, or every green one): `busy` while they go, `failed` when one did not
 * make it. A single decision shows the next pending photo; a batch leaves the one shown where it is.
 */
export function createDecisions(queue: Queue) {
  const [busy, setBusy] = createSignal(false);
  const [failed, setFailed] = createSignal(false);

  /** How many were taken. */
  async function send(photos: ReviewPhoto[], decision: Decision): Promise<number> {
    setBusy(true);
    setFailed(false);
    let done = 0;
    for (const photo of photos)
      try {
        const answer = await decide(photo.id, decision);
        queue.decided(answer.photo, photo.status, photos.length === 1);
        done++;
      } catch (error) {
        // Signed out, or no longer a reviewer, meanwhile: the queue asks again and the page says which.
        if (error instanceof ReviewError && error.problem !== 'network') void queue.load();
        setFailed(true);
      }
    setBusy(false);
    return done;
  }

  return { busy, failed, send };
}
