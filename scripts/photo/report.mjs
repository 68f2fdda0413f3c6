// What `check` prints: one JSON line per file (--json), or a table for people and a closing count.
import { locales, say, summary } from './messages.mjs';

const round = ms => Math.round(ms * 10) / 10;

/** The line for one file: the engine's answer without the JPEG and the framing details; null fields on failure. */
export function reportLine(file, result, saved) {
  if (!result.ok)
    return {
      file,
      ok: false,
      error: result.error,
      verdict: null,
      checks: null,
      output: null,
      timings: null,
      saved,
    };
  const { verdict, checks, output } = result;
  // performance.now() differences carry float noise (13.099999999976717): a tenth of a millisecond is plenty.
  const timings = Object.fromEntries(Object.entries(result.timings).map(([stage, ms]) => [stage, round(ms)]));
  return { file, ok: true, error: null, verdict, checks, output, timings, saved };
}

/** Ready for the card: decoded, within every rule, and small enough to have an output. */
export const isReady = line => line.ok && line.verdict !== 'blocked' && line.output !== null;

function resultText(lang, line) {
  if (!line.ok) return say(lang, 'result.refused', { message: line.error.message });
  const first = status => line.checks.find(check => check.status === status)?.message ?? '';
  if (line.verdict === 'blocked' || !line.output)
    return say(lang, 'result.blocked', { message: first('fail') });
  if (line.verdict === 'warnings') return say(lang, 'result.warnings', { message: first('warn') });
  return say(lang, 'result.ready');
}

function cells(lang, line) {
  const locale = locales[lang];
  const number = (value, options) => new Intl.NumberFormat(locale, options).format(value);
  const output = line.output;
  const bytes =
    output && number(output.bytes / 1000, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
  return [
    line.file,
    output ? `${output.width} × ${output.height}` : '—',
    bytes ?? '—',
    output ? number(output.quality, { style: 'percent' }) : '—',
    line.timings
      ? number(line.timings.total, { style: 'unit', unit: 'millisecond', maximumFractionDigits: 0 })
      : '—',
    resultText(lang, line),
  ];
}

/** A table in the user's language and number format; numbers right-aligned, the long result text last. */
export function table(lang, lines) {
  const headers = [
    'table.file',
    'table.size',
    'table.bytes',
    'table.quality',
    'table.duration',
    'table.result',
  ];
  const numeric = [false, true, true, true, true, false];
  const rows = [headers.map(key => say(lang, key)), ...lines.map(line => cells(lang, line))];
  const widths = headers.map((_, column) => Math.max(...rows.map(row => row[column].length)));
  const format = row =>
    row
      .map((cell, column) => (numeric[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  // The result column's rule stops at its header: a long refusal message would otherwise stretch it.
  const last = headers.length - 1;
  const rule = format(
    widths.map((width, column) => '─'.repeat(column === last ? rows[0][last].length : width)),
  );
  const ready = lines.filter(isReady).length;
  return [format(rows[0]), rule, ...rows.slice(1).map(format), '', summary(lang, ready, lines.length - ready)]
    .map(text => `${text}\n`)
    .join('');
}
