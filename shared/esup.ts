import type { PhotoStatus } from './upload';

/** esup-sgc's card states (its Card.Etat), in the order a card goes through them; the emulator and the studio share them. */
export const cardStates = [
  'NEW',
  'REQUEST_CHECKED',
  'IN_PRINT',
  'PRINTED',
  'IN_ENCODE',
  'ENCODED',
  'ENABLED',
  'REJECTED',
  'CANCELED',
  'DISABLED',
  'CADUC',
  'DESTROYED',
  'RENEWED',
] as const;
export type CardState = (typeof cardStates)[number];

/**
 * What the person is told of a card in each state: pending while the office checks the request, validated once the
 * card is being made (« en fabrication ») or ready (« prête »), rejected when refused or cancelled; the
 * end-of-life states (disabled, expired, destroyed, renewed) are said as they are, the photo having been taken.
 */
export function statusOfCard(etat: string): PhotoStatus {
  if (etat === 'NEW' || etat === 'REQUEST_CHECKED') return 'pending_review';
  if (etat === 'REJECTED' || etat === 'CANCELED') return 'rejected';
  return 'validated';
}

export const isCardState = (etat: string): etat is CardState =>
  (cardStates as readonly string[]).includes(etat);

/** The states of a card being made: the person's follow-up keeps watching until it is ready. */
export const inProduction: readonly CardState[] = ['IN_PRINT', 'PRINTED', 'IN_ENCODE', 'ENCODED'];
