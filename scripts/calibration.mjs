#!/usr/bin/env node
// `npm run calibration`: the checks on the labelled real photos (tests/fixtures/real/), through the studio's engine in
// headless Chromium. Writes the disagreements the engine test holds the line on (tests/fixtures/real/
// disagreements.json) and prints the README's agreement table in Markdown.
import { readFileSync, writeFileSync } from 'node:fs';
import { compare } from '../tests/compliance/agreement.mjs';
import { startChecker } from './photo/checker.mjs';

const folder = new URL('../tests/fixtures/real/', import.meta.url);
const labels = JSON.parse(readFileSync(new URL('labels.json', folder), 'utf8'));
const checker = await startChecker({ profile: 'demo', lang: 'fr', timeoutMs: 120_000 });
/** @type {Record<string, Record<string, string>>} */
const statuses = {};
try {
  for (const { file } of labels) {
    const result = await checker.check(new URL(file, folder).pathname);
    if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
    statuses[file] = Object.fromEntries(result.checks.map(check => [check.id, check.status]));
    process.stderr.write('.');
  }
} finally {
  await checker.close();
}
process.stderr.write('\n');

const { perCheck, disagreements, hardRule } = compare(labels, statuses);
writeFileSync(new URL('disagreements.json', folder), `${JSON.stringify(disagreements, null, 2)}\n`);
const acceptable = labels.filter(label => label.acceptable).length;
console.log(`| check | agree | of |\n|---|---|---|`);
for (const [check, { agree, total }] of Object.entries(perCheck))
  console.log(`| \`${check}\` | ${agree} | ${total} |`);
console.log(
  `\nHard rule on the ${acceptable} photos labelled acceptable: ${hardRule.length ? hardRule.map(h => `${h.file} ${h.reason}`).join('; ') : 'held'}.`,
);
console.log(`\nDisagreements (${disagreements.length}):\n`);
const why = (file, check) => labels.find(label => label.file === file)?.why?.[check];
for (const d of disagreements)
  console.log(
    `- ${d.file} \`${d.check}\`: labelled ${d.label}, checked ${d.got}${why(d.file, d.check) ? ` (label: ${why(d.file, d.check)})` : ''}`,
  );
