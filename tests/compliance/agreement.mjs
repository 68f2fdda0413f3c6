// How the checks' statuses on the labelled real photos (tests/fixtures/real/labels.json) agree with the labels: one
// pure function, used by the engine test that holds the line (workers/checks/real.test.ts) and by the script that
// reports it (scripts/calibration.mjs). Plain JavaScript: node runs it too.

/**
 * @typedef {{ file: string, acceptable: boolean, expect: Record<string, string>, why?: Record<string, string> }} Label
 * @typedef {{ file: string, check: string, label: string, got: string }} Disagreement
 */

/**
 * @param {Label[]} labels
 * @param {Record<string, Record<string, string>>} statuses file → check id → status the engine gave
 */
export function compare(labels, statuses) {
  /** @type {Record<string, { agree: number, total: number }>} */
  const perCheck = {};
  /** @type {Disagreement[]} */
  const disagreements = [];
  /** @type {{ file: string, reason: string }[]} */
  const hardRule = [];
  for (const label of labels) {
    const got = statuses[label.file] ?? {};
    for (const [check, expected] of Object.entries(label.expect)) {
      const status = got[check] ?? 'missing';
      const counts = (perCheck[check] ??= { agree: 0, total: 0 });
      counts.total++;
      if (status === expected) counts.agree++;
      else disagreements.push({ file: label.file, check, label: expected, got: status });
    }
    if (!label.acceptable) continue;
    // The hard rule: a good photo is never blocked, and gets at most one warning, a true one (more only where its
    // label itself expects more: target.jpg's says both its enlargement and its background deserve one).
    const failed = Object.keys(got).filter(check => got[check] === 'fail');
    const warned = Object.keys(got).filter(check => got[check] === 'warn');
    const expected = Object.values(label.expect).filter(status => status === 'warn').length;
    if (failed.length) hardRule.push({ file: label.file, reason: `blocked by ${failed.join(', ')}` });
    if (warned.length > Math.max(1, expected))
      hardRule.push({ file: label.file, reason: `${warned.length} warnings` });
    const untrue = warned.filter(check => label.expect[check] !== 'warn');
    if (untrue.length) hardRule.push({ file: label.file, reason: `untrue warning: ${untrue.join(', ')}` });
  }
  return { perCheck, disagreements, hardRule };
}
