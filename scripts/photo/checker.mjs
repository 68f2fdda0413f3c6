// One photo at a time through the studio's engine in headless Chromium (scripts/engine-page.mjs), with a time limit:
// a file that hangs the engine gets its own failed line and a fresh browser, and the run goes on.
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { chromePath } from '../../tests/chromium.mjs';
import { openEnginePage } from '../engine-page.mjs';
import { locales, say } from './messages.mjs';
import { ToolError } from './tool-error.mjs';

const firstLine = error => String(error?.message ?? error).split('\n')[0];
const failure = (code, message) => ({ ok: false, error: { code, message } });

/** Why `path` cannot be given to the engine, in the user's language; undefined when it can. */
async function unreadable(path, lang) {
  try {
    // stat and access, not open: opening a named pipe would wait for a writer forever.
    const stats = await stat(path);
    if (stats.isDirectory()) return say(lang, 'file.directory');
    if (!stats.isFile()) return say(lang, 'file.special');
    await access(path, constants.R_OK);
  } catch (error) {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return say(lang, 'file.missing');
    if (error.code === 'EACCES') return say(lang, 'file.denied');
    return say(lang, 'file.other', { reason: error.code ?? firstLine(error) });
  }
}

async function launch(lang) {
  try {
    chromePath();
  } catch {
    throw new ToolError(
      say(lang, 'tool.noChromium', { path: process.env.CHROME_PATH || '/usr/bin/chromium' }),
    );
  }
  try {
    return await openEnginePage();
  } catch (error) {
    throw new ToolError(say(lang, 'tool.engineFailed', { reason: firstLine(error) }));
  }
}

/** @param {{ profile: string, lang: 'fr' | 'en', timeoutMs: number }} options */
export async function startChecker({ profile, lang, timeoutMs }) {
  /** @type {Awaited<ReturnType<typeof launch>> | undefined} undefined after a failure, until the next file */
  let engine = await launch(lang);

  // Closing the browser is the one reset that also works when the page's own thread is stuck. A new one starts
  // with the next file, so the failed file's line is printed even if that start fails.
  async function discard() {
    await engine?.close().catch(() => {});
    engine = undefined;
  }

  /** The harness's answer for one file (see tests/harness/main.ts), or an `ok: false` answer made here. */
  async function check(path) {
    const reason = await unreadable(path, lang);
    if (reason) return failure('file.unreadable', reason);
    engine ??= await launch(lang);
    const running = engine.page
      .evaluate(
        ([url, id, language]) => window.harness.processUrl(url, id, language),
        [engine.inputUrl(path), profile, lang],
      )
      .then(
        result => ({ result }),
        error => ({ error }),
      );
    let timer;
    const timedOut = new Promise(resolve => (timer = setTimeout(resolve, timeoutMs, { timedOut: true })));
    const outcome = await Promise.race([running, timedOut]);
    clearTimeout(timer);
    if (outcome.result) return outcome.result;
    await discard();
    if (outcome.timedOut) {
      const seconds = new Intl.NumberFormat(locales[lang]).format(timeoutMs / 1000);
      return failure('engine.timeout', say(lang, 'engine.timeout', { seconds }));
    }
    return failure('engine.crashed', say(lang, 'engine.crashed', { reason: firstLine(outcome.error) }));
  }

  return { check, close: discard };
}
