import type { EsupRefusal, EsupRequest } from '../db/contract';

/** One person as esup-sgc's `GET /wsrest/api/get?eppn=` describes them. */
export type EsupUser = {
  eppn: string;
  email?: string;
  name?: string;
  firstname?: string;
  difPhoto?: boolean;
  cards: { id: number | string; etat: string; dateEtat?: string }[];
};

/** What a card request came to: a card id, a refusal for good, or a failure worth another try later. */
export type CardAnswer =
  | { kind: 'card'; cardId: string }
  | { kind: 'refused'; refusal: EsupRefusal }
  | { kind: 'failed'; error: string };

const timeoutMs = 30_000;
const refusals: Record<number, EsupRefusal> = { 403: 'not_allowed', 423: 'locked', 422: 'invalid' };
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * esup-sgc's web service (`WsRestEsupSgcApiController`), server to server: its IP filter lets the intake's address
 * in, never a browser. The User-Agent it requires is the person's browser, which it records with the request.
 */
export function esupClient(base: string) {
  const url = (path: string) => new URL(path, base.endsWith('/') ? base : `${base}/`);
  return {
    /** `POST /wsrest/api`: not idempotent — the forwarder checks `cardsOf` before any retry. */
    async requestCard(request: EsupRequest, jpeg: Uint8Array): Promise<CardAnswer> {
      const body = new FormData();
      body.append('eppn', request.eppn);
      body.append('difPhotoTransient', String(request.difPhoto));
      body.append('crousTransient', String(request.crous));
      body.append('europeanTransient', String(request.european));
      body.append('PhotoFile.file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'photo.jpg');
      try {
        const answer = await fetch(url('wsrest/api'), {
          method: 'POST',
          body,
          headers: { 'User-Agent': request.userAgent },
          signal: AbortSignal.timeout(timeoutMs),
        });
        const text = (await answer.text()).trim();
        if (answer.ok && /^\d+$/.test(text)) return { kind: 'card', cardId: text };
        const refusal = refusals[answer.status];
        if (refusal) return { kind: 'refused', refusal };
        return { kind: 'failed', error: `esup-sgc answered ${answer.status}` };
      } catch (error) {
        return { kind: 'failed', error: messageOf(error) };
      }
    },
    /** `GET /wsrest/api/get?eppn=`: the person's cards; throws when it cannot be known now. */
    async cardsOf(eppn: string, userAgent = 'Trombine intake'): Promise<EsupUser['cards']> {
      const address = url('wsrest/api/get');
      address.searchParams.set('eppn', eppn);
      const answer = await fetch(address, {
        headers: { 'User-Agent': userAgent, Accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!answer.ok) throw new Error(`esup-sgc answered ${answer.status} to get?eppn`);
      const users = (await answer.json()) as EsupUser[];
      return users.filter(user => user.eppn === eppn).flatMap(user => user.cards ?? []);
    },
  };
}
export type EsupClient = ReturnType<typeof esupClient>;
