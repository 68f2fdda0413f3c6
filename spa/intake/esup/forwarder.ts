import type { EsupForward, Repository } from '../db/contract';
import { startLoop, type Loop } from '../loop';
import type { EsupClient } from './client';

export type ForwarderOptions = {
  repository: Repository;
  client: EsupClient;
  now?: () => Date;
  interval?: number;
  log?: (line: string) => void;
};

/** 2, 4, 8 s… up to 10 min: esup-sgc down for maintenance is waited for, a deposit is never dropped. */
export const forwardDelay = (attempts: number) => Math.min(2000 * 2 ** attempts, 600_000);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Forwards each acknowledged deposit to esup-sgc as one card request, exactly once, from the durable queue the
 * deposit's transaction filled (so a restart, even mid-request, loses nothing). esup-sgc's service is not
 * idempotent: before the first try the forwarder notes the cards the person already has, and before any retry it
 * asks again — a new card means the request of a lost answer was stored, and it is not sent twice.
 */
export function startForwarder({
  repository,
  client,
  now = () => new Date(),
  interval = 5000,
  log = line => console.warn(`[esup-sgc] ${line}`),
}: ForwarderOptions): Loop {
  const { forwards } = repository;

  async function forward(item: EsupForward) {
    const { depositId, request } = item;
    const cards = (await client.cardsOf(request.eppn, request.userAgent)).map(card => String(card.id));
    if (!item.knownCards) await forwards.known(depositId, cards);
    else {
      const stored = cards.find(card => !item.knownCards!.includes(card));
      if (stored) return forwards.sent(depositId, stored);
    }
    const jpeg = await repository.jpeg(depositId);
    // Erased meanwhile (« Supprimer mes données »): nothing left to forward.
    if (!jpeg) return forwards.refused(depositId, 'invalid');
    const answer = await client.requestCard(request, jpeg);
    if (answer.kind === 'card') return forwards.sent(depositId, answer.cardId);
    if (answer.kind === 'refused') return forwards.refused(depositId, answer.refusal);
    throw new Error(answer.error);
  }

  async function pass(stopped: () => boolean) {
    for (const item of await forwards.due(now(), 20)) {
      if (stopped()) return;
      try {
        await forward(item);
      } catch (error) {
        const nextAt = new Date(now().getTime() + forwardDelay(item.attempts));
        await forwards.failed(item.depositId, nextAt, messageOf(error));
        log(`${item.depositId} not forwarded (attempt ${item.attempts + 1}): ${messageOf(error)}`);
      }
    }
  }

  return startLoop(pass, { interval, onError: error => log(`queue unreadable: ${messageOf(error)}`) });
}
