import type { StatusAnswer } from '../../../shared/upload';
import type { EsupForward } from '../db/contract';
import type { EsupClient } from './client';
import { statusOfCard } from '../../../shared/esup';

/**
 * A forwarded deposit's status is its card's, in esup-sgc, where the schooling office now checks it: asked at each
 * look (the person's follow-up step polls). Still on its way, or refused by esup-sgc, it says so; esup-sgc out of
 * reach, the intake's own status stands.
 */
export async function cardStatus(
  local: StatusAnswer,
  forward: EsupForward,
  esup: EsupClient,
): Promise<StatusAnswer> {
  if (forward.state === 'queued') return { ...local, status: 'pending_review', forward: 'queued' };
  if (forward.state === 'refused')
    return { ...local, status: 'rejected', forward: forward.refusal ?? 'invalid' };
  try {
    const cards = await esup.cardsOf(forward.request.eppn);
    const card = cards.find(candidate => String(candidate.id) === forward.cardId);
    return card ? { ...local, status: statusOfCard(card.etat), card: card.etat } : local;
  } catch {
    return local;
  }
}
