import type { CheckId } from './engine';
import type { Lang } from './i18n/lang';
import type { Role } from './profiles/vocabulary';
import { photoStatuses, type Meta, type PhotoStatus } from './upload';

/**
 * The review contract between the intake (spa/intake) and the schooling office's page (/revue): what a reviewer
 * reads of a photo, and what a decision says. A deposit replaced by a newer one of the same person is `superseded`:
 * kept, out of the queue.
 */
export const depositStatuses = photoStatuses;
export type DepositStatus = PhotoStatus;

/**
 * Why a photo is refused: the reasons schooling offices write by hand in esup-sgc (« photo coupée », « de profil »,
 * « mauvaise qualité », « accessoires », « fond »…), each tied to the checks that look for it, so the person's
 * follow-up step can point at what to fix. `other` is free text only.
 */
export const rejectionReasons = {
  cropped: ['face.framing', 'face.resolution'],
  profile: ['face.pose'],
  quality: ['image.sharpness', 'output.bytes'],
  light: ['light.exposure', 'light.uniformity'],
  background: ['background.uniform', 'background.colour'],
  accessories: ['glasses.glare'],
  expression: ['face.eyes_open', 'face.mouth_closed'],
  colour: ['image.colour'],
  person: ['face.count'],
  other: [],
} as const satisfies Record<string, readonly CheckId[]>;
export type RejectionCode = keyof typeof rejectionReasons;
export const rejectionCodes = Object.keys(rejectionReasons) as RejectionCode[];

/** Who a request comes from, as the single sign-on (or the demonstration sign-in) says: never the client. */
export type Person = { login: string; email?: string; name?: string };

/** One photo in the reviewer's queue (`GET /api/review/photos`). */
export type ReviewPhoto = {
  id: string;
  owner: string;
  name?: string;
  role: Role;
  receivedAt: string;
  status: DepositStatus;
  /** What the studio's checks said, as the client sent it and as the intake found it again on arrival. */
  checks: Meta['checks'];
  lang: Lang;
};
export type ReviewPage = { photos: ReviewPhoto[]; counts: Record<DepositStatus, number>; next?: string };

/** `POST /api/review/photos/{id}/decision`. */
export type Decision = {
  status: 'validated' | 'rejected';
  /** Free text, shown to the person as is (400 characters at most). */
  reason?: string;
  reasonCodes: RejectionCode[];
};
/** Every decision is logged: who, when, what (`GET /api/review/photos/{id}` lists them). */
export type DecisionRecord = Decision & { reviewer: string; at: string };
