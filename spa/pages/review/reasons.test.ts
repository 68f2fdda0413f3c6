import { expect, test } from 'vitest';
import type { ReviewPhoto } from '../../../shared/review';
import { allGreen, suggestedReasons } from './reasons';

const photo = (
  checks: ReviewPhoto['checks'],
  status: ReviewPhoto['status'] = 'pending_review',
): ReviewPhoto => ({
  id: 'a',
  owner: 'cmartin',
  role: 'student',
  receivedAt: '2026-09-01T08:00:00.000Z',
  status,
  checks,
  lang: 'fr',
});

test('the reasons whose checks failed or warned are suggested, in the list’s order, once each', () => {
  expect(
    suggestedReasons({
      verdict: 'blocked',
      failed: ['face.pose'],
      warned: ['background.colour', 'light.exposure', 'light.uniformity'],
    }),
  ).toEqual(['profile', 'light', 'background']);
  expect(suggestedReasons({ verdict: 'ok', failed: [], warned: [] })).toEqual([]);
  expect(suggestedReasons({ verdict: 'warnings', failed: [], warned: ['some.future_check'] })).toEqual([]);
});

test('only a pending photo with nothing failed or warned is all green', () => {
  expect(allGreen(photo({ verdict: 'ok', failed: [], warned: [] }))).toBe(true);
  expect(allGreen(photo({ verdict: 'warnings', failed: [], warned: ['face.pose'] }))).toBe(false);
  expect(allGreen(photo({ verdict: 'ok', failed: [], warned: [] }, 'validated'))).toBe(false);
});
