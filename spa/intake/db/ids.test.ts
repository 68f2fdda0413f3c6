import { expect, test } from 'vitest';
import { timeOrderedId } from './ids';

test('ids are UUIDs v7 that sort in the order they were made, within a millisecond too', () => {
  const now = Date.now();
  const ids = Array.from({ length: 5000 }, () => timeOrderedId(now));
  for (const id of ids)
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect([...ids].sort()).toEqual(ids);
  expect(new Set(ids).size).toBe(ids.length);
  // A clock that steps back does not break the order.
  const after = timeOrderedId(now - 60_000);
  expect(after > (ids.at(-1) ?? '')).toBe(true);
  expect(
    Number.parseInt(
      timeOrderedId(now + 60_000)
        .slice(0, 13)
        .replace('-', ''),
      16,
    ),
  ).toBe(now + 60_000);
});
