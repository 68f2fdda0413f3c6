import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LintMessage, LintReport } from 'web-ext';

/**
 * A finding of `web-ext lint` (Mozilla's addons-linter, what addons.mozilla.org runs on an upload) that the Firefox
 * build knowingly carries. Matched on its code and file, then on what it points at: the code at its line and column
 * for a script, its description for the manifest, so a new finding of the same kind in the same file is not excused.
 */
export type Allowance = { code: string; file: RegExp; at?: RegExp; description?: RegExp; why: string };

export const allowed: Allowance[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^assets\/web-[\w-]+\.js$/,
    // solid-js/web's template(), minified: `t.innerHTML = html` on a <template>, then its first child.
    at: /^\w+\.innerHTML=\w+,\w+\?\w+\.content\.firstChild\.firstChild/,
    why:
      "Solid's template() (the popup's and options page's runtime) parses each JSX template with a <template>'s " +
      'innerHTML. Its argument is the static markup the Solid compiler lifted out of the JSX at build time, a string ' +
      'literal in the bundle; every value (link labels, profile names, an imported profile) goes in afterwards as a ' +
      'text node or an attribute, never parsed as HTML. Solid has no DOM output without template().',
  },
  {
    code: 'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION',
    file: /^manifest\.json$/,
    description:
      /requires Firefox 128,.*version 140 introduced support for "browser_specific_settings\.gecko\.data_collection_permissions"/,
    why:
      'addons.mozilla.org requires data_collection_permissions of a new extension; Firefox shows it from 140 on. ' +
      'Firefox 128 to 139 install the extension with the key present (127 and older refuse it, hence the 128 ' +
      'minimum in extension/firefox.ts), so 128 ESR users keep the extension. Raising strict_min_version to 140 ' +
      'would end the warning and drop them.',
  },
  {
    code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    file: /^manifest\.json$/,
    description:
      /requires Firefox for Android 128,.*version 142 introduced support for "browser_specific_settings\.gecko\.data_collection_permissions"/,
    why: 'The same key and the same minimum, read by Firefox for Android (no gecko_android minimum of its own): 142 there.',
  },
];

/** The code a script finding points at, from its column (1-based) to the end of its line. */
function codeAt(dir: string, message: LintMessage): string {
  if (!message.file || !message.line || !message.column) return '';
  const line = readFileSync(join(dir, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  return line.slice(message.column - 1);
}

const covers = (allowance: Allowance, message: LintMessage, dir: string): boolean =>
  allowance.code === message.code &&
  allowance.file.test(message.file ?? '') &&
  (!allowance.at || allowance.at.test(codeAt(dir, message))) &&
  (!allowance.description || allowance.description.test(message.description));

/** Every error, and each warning or notice no allowance covers. */
export const unexplained = (report: LintReport, dir: string): LintMessage[] => [
  ...report.errors,
  ...[...report.warnings, ...report.notices].filter(m => !allowed.some(a => covers(a, m, dir))),
];

/** Allowances that no longer match a finding: the list must not outlive what it excuses. */
export const unused = (report: LintReport, dir: string): Allowance[] =>
  allowed.filter(a => ![...report.warnings, ...report.notices].some(m => covers(a, m, dir)));
