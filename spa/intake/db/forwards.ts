import type { Kysely } from 'kysely';
import type { EsupForward, EsupRefusal, EsupRequest, Repository } from './contract';
import type { Database } from './schema';

type Row = Database['esup_forwards'];

const toForward = (row: Row): EsupForward => ({
  depositId: row.deposit_id,
  request: JSON.parse(row.request) as EsupRequest,
  state: row.state,
  attempts: row.attempts,
  ...(row.known_cards ? { knownCards: JSON.parse(row.known_cards) as string[] } : {}),
  ...(row.card_id ? { cardId: row.card_id } : {}),
  ...(row.refusal ? { refusal: row.refusal as EsupRefusal } : {}),
});

/** Queued in the deposit's own transaction (deposits.ts): a deposit the intake acknowledged is forwarded, always. */
export async function enqueueForward(trx: Kysely<Database>, depositId: string, request: EsupRequest) {
  const now = new Date().toISOString();
  await trx
    .insertInto('esup_forwards')
    .values({
      deposit_id: depositId,
      eppn: request.eppn,
      request: JSON.stringify(request),
      state: 'queued',
      attempts: 0,
      next_at: now,
      known_cards: null,
      card_id: null,
      refusal: null,
      last_error: null,
      created_at: now,
    })
    .execute();
}

export function forwards(db: Kysely<Database>): Repository['forwards'] {
  const update = (depositId: string, change: Partial<Row>) =>
    db.updateTable('esup_forwards').set(change).where('deposit_id', '=', depositId).execute();
  return {
    async due(now, limit) {
      const rows = await db
        .selectFrom('esup_forwards')
        .selectAll()
        .where('state', '=', 'queued')
        .where('next_at', '<=', now.toISOString())
        .orderBy('created_at')
        .limit(limit)
        .execute();
      return rows.map(toForward);
    },
    async of(depositId) {
      const row = await db
        .selectFrom('esup_forwards')
        .selectAll()
        .where('deposit_id', '=', depositId)
        .executeTakeFirst();
      return row && toForward(row);
    },
    known: async (depositId, cards) => void (await update(depositId, { known_cards: JSON.stringify(cards) })),
    sent: async (depositId, cardId) =>
      void (await update(depositId, { state: 'sent', card_id: cardId, last_error: null })),
    refused: async (depositId, refusal) => void (await update(depositId, { state: 'refused', refusal })),
    async failed(depositId, nextAt, error) {
      await db
        .updateTable('esup_forwards')
        .set(eb => ({ attempts: eb('attempts', '+', 1), next_at: nextAt.toISOString(), last_error: error }))
        .where('deposit_id', '=', depositId)
        .execute();
    },
  };
}
