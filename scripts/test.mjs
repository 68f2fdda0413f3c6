#!/usr/bin/env node
// `npm test`: every suite in turn, each one reporting even when another failed, then one closing line over all of
// them ("Total: N passed, N failed") and a non-zero exit on any failure. Plain JS: it runs before anything is built.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chrome)) {
  console.error(
    `Chromium introuvable (${chrome}) : installez-le avec « apt-get install chromium chromium-l10n » ou indiquez CHROME_PATH.`,
  );
  process.exit(1);
}
// The Firefox build is loaded in Firefox ESR (tests/extension-firefox.e2e.ts).
const firefox = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
if (!existsSync(firefox)) {
  console.error(
    `Firefox introuvable (${firefox}) : installez-le avec « apt-get install firefox-esr » ou indiquez FIREFOX_PATH.`,
  );
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'trombine-test-'));
const bin = name => join('node_modules', '.bin', name);
const env = {
  ...process.env,
  CHROME_PATH: chrome,
  FIREFOX_PATH: firefox,
  FORCE_COLOR: process.env.FORCE_COLOR ?? '1',
};

/** A check that is one test: it passes or fails as a whole. */
const single = status => (status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

/** Counts from a runner's JSON; a run that failed without a failing test (a crash, a setup error) counts one. */
function counted(file, status, read) {
  const counts = existsSync(file) ? read(JSON.parse(readFileSync(file, 'utf8'))) : { passed: 0, failed: 0 };
  return status !== 0 && counts.failed === 0 ? { ...counts, failed: counts.failed + 1 } : counts;
}
const fromVitest = json => ({ passed: json.numPassedTests, failed: json.numFailedTests });

const vitest = project => {
  const file = join(scratch, `${project}.json`);
  return {
    name: project,
    args: [
      bin('vitest'),
      'run',
      '--configLoader',
      'runner',
      '--project',
      project,
      '--reporter',
      'default',
      '--reporter',
      'json',
      '--outputFile.json',
      file,
    ],
    count: status => counted(file, status, fromVitest),
  };
};

const suites = [
  { name: 'typecheck', args: [bin('tsc'), '-b'], count: single },
  { name: 'lint', args: [bin('eslint'), '--max-warnings', '0', '.'], count: single },
  { name: 'format', args: [bin('prettier'), '--check', '--log-level', 'warn', '.'], count: single },
  vitest('unit'),
  {
    name: 'engine',
    args: [bin('wtr')],
    env: { WTR_COUNTS: join(scratch, 'engine.json') },
    count: status => counted(join(scratch, 'engine.json'), status, json => json),
  },
  vitest('e2e'),
  // After e2e, whose setup builds dist/.
  {
    name: 'budgets',
    args: ['node', 'scripts/budgets.mjs'],
    env: { BUDGETS_COUNTS: join(scratch, 'budgets.json') },
    count: status => counted(join(scratch, 'budgets.json'), status, json => json),
  },
];

const results = suites.map(suite => {
  console.log(`\n▶ ${suite.name}`);
  const [command, ...args] = suite.args;
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...suite.env } });
  const counts = suite.count(run.status ?? 1);
  console.log(`◀ ${suite.name}: ${counts.passed} passed, ${counts.failed} failed`);
  return { name: suite.name, ...counts };
});

const total = results.reduce((sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed }), {
  passed: 0,
  failed: 0,
});
console.log('');
for (const r of results)
  console.log(`  ${r.failed ? '✗' : '✓'} ${r.name.padEnd(10)} ${r.passed} passed, ${r.failed} failed`);
console.log(`Total: ${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 ? 0 : 1);
