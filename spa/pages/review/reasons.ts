import {
  rejectionCodes,
  rejectionReasons,
  type RejectionCode,
  type ReviewPhoto,
} from '../../../shared/review';

type Report = ReviewPhoto['checks'];

/** The refusal reasons tied to a check that failed or warned: what the refusal form ticks as a suggestion. */
export function suggestedReasons(report: Report): RejectionCode[] {
  const flagged = new Set<string>([...report.failed, ...report.warned]);
  return rejectionCodes.filter(code =>
    (rejectionReasons[code] as readonly string[]).some(check => flagged.has(check)),
  );
}

/** What « Valider toutes les photos au vert » takes: pending, and nothing failed or warned in its report. */
export const allGreen = (photo: ReviewPhoto) =>
  photo.status === 'pending_review' &&
  photo.checks.verdict === 'ok' &&
  photo.checks.failed.length === 0 &&
  photo.checks.warned.length === 0;
