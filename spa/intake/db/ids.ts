import { randomBytes } from 'node:crypto';

let lastMs = 0;
let counter = 0;

/**
 * A UUID version 7 (RFC 9562): the time in milliseconds first, then a counter, then 62 random bits. Sorted as text,
 * ids follow their creation, also within one millisecond in this process, so rows ordered "by time, then id" come
 * out in the order they were written: a deposit's receipt mail before its decision's. Still unguessable.
 */
export function timeOrderedId(now = Date.now()): string {
  // The counter (12 bits) restarts each millisecond; a clock that steps back reuses the last one instead.
  if (now > lastMs) [lastMs, counter] = [now, 0];
  else if (++counter > 0xfff) [lastMs, counter] = [lastMs + 1, 0];
  const bytes = randomBytes(16);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes.writeUInt16BE(0x7000 | counter, 6);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
