#!/usr/bin/env node
// `npm run photo -- check [--profile ID] [--out DIR] [--json] [--lang fr|en] FILES…`: the IT team's batch check. Each
// file goes, in turn, through the studio's own engine (workers/) in headless Chromium; one line per file, whatever
// happens to it. Exit status: 0 every file got its line, 1 the tool failed, 2 the command line is wrong.
// Plain node ESM: node 20 cannot run the TypeScript sources, so the engine runs in the page, not here.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseCommandLine, usage } from './photo/args.mjs';
import { say } from './photo/messages.mjs';
import { reportLine, table } from './photo/report.mjs';
import { ToolError } from './photo/tool-error.mjs';

/** DIR/<name>.jpg for each input; a second input with the same base name gets <name>-2.jpg instead of overwriting. */
function outputNames() {
  const taken = new Set();
  return file => {
    const stem = basename(file, extname(file));
    let name = `${stem}.jpg`;
    // Compared without case: two names that differ only by case are one file on macOS and Windows disks.
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}.jpg`;
    taken.add(name.toLowerCase());
    return name;
  };
}

/** « 2/5 » on stderr, only for a person watching: nothing lands in a redirected log. */
const progress = process.stderr.isTTY
  ? (done, total) => process.stderr.write(total ? `\r${done}/${total}` : '\r\x1b[K')
  : () => {};

async function check(lang, { files, profile, out, json, timeoutMs }) {
  if (out)
    await mkdir(out, { recursive: true }).catch(error => {
      throw new ToolError(say(lang, 'tool.outDir', { dir: out, reason: error.message }));
    });
  // Loaded only now: Vite and Playwright take a second to import, which a mistyped command should not wait for.
  const { startChecker } = await import('./photo/checker.mjs');
  const checker = await startChecker({ profile, lang, timeoutMs });
  const nameFor = outputNames();
  const lines = [];
  try {
    for (const [index, file] of files.entries()) {
      progress(index + 1, files.length);
      const result = await checker.check(file);
      let saved = null;
      if (out && result.ok && result.jpeg) {
        saved = join(out, nameFor(file));
        await writeFile(saved, Buffer.from(result.jpeg, 'base64')).catch(error => {
          throw new ToolError(say(lang, 'tool.write', { path: saved, reason: error.message }));
        });
      }
      const line = reportLine(file, result, saved);
      if (json) {
        progress(); // a terminal showing both streams would otherwise get « 2/5{"file":… »
        process.stdout.write(`${JSON.stringify(line)}\n`);
      } else lines.push(line);
    }
  } finally {
    progress();
    await checker.close();
  }
  if (!json) process.stdout.write(table(lang, lines));
}

const { lang, help, mistake, check: request } = parseCommandLine(process.argv.slice(2));
if (help) {
  process.stdout.write(`${usage(lang)}\n`);
} else if (mistake) {
  process.stderr.write(`${mistake}\n\n${usage(lang)}\n`);
  process.exitCode = 2;
} else {
  try {
    await check(lang, request);
  } catch (error) {
    // One line a person can act on; an unexpected error keeps its stack for the bug report.
    const known = error instanceof ToolError;
    process.stderr.write(
      `${known ? error.message : say(lang, 'tool.failed', { reason: error?.stack ?? error })}\n`,
    );
    process.exitCode = 1;
  }
}
