// The command line of `npm run photo`: every mistake is found here, before a browser starts, so it costs nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { langs, say } from './messages.mjs';

const profilesDir = new URL('../../shared/profiles/', import.meta.url);

/** The shipped profiles' ids, read from their JSON (shared/profiles/index.ts is TypeScript). */
export const profileIds = readdirSync(profilesDir)
  .filter(name => name.endsWith('.json'))
  .map(name => JSON.parse(readFileSync(new URL(name, profilesDir), 'utf8')).id)
  .sort();

const options = {
  profile: { type: 'string', default: 'demo' },
  out: { type: 'string' },
  json: { type: 'boolean', default: false },
  lang: { type: 'string', default: 'fr' },
  timeout: { type: 'string', default: '30' },
  help: { type: 'boolean', short: 'h', default: false },
};

/** setTimeout fires at once beyond this (2^31 − 1 ms, about 24 days). */
const maxTimerMs = 2 ** 31 - 1;

/** The language asked for, even on a command line that does not parse: its mistakes are reported in it. */
function askedLang(args) {
  const { values } = parseArgs({ args, options, strict: false, allowPositionals: true });
  return langs.includes(values.lang) ? values.lang : 'fr';
}

export const usage = lang => say(lang, 'usage', { profiles: profileIds.join(', ') });

/**
 * @param {string[]} args what follows `node scripts/photo.mjs`
 * @returns {{ lang: 'fr' | 'en', help?: boolean, mistake?: string, check?: {
 *   files: string[], profile: string, out?: string, json: boolean, timeoutMs: number } }}
 */
export function parseCommandLine(args) {
  const lang = askedLang(args);
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true });
  } catch (error) {
    // parseArgs explains in English only; keep the option it names ('--foo') and say the rest in the user's language.
    const option = /'([^']+)'/.exec(error.message)?.[1] ?? error.message;
    return { lang, mistake: say(lang, 'usage.badOption', { option }) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { lang, help: true };
  const [command, ...files] = positionals;
  if (command === undefined) return { lang, mistake: say(lang, 'usage.noCommand') };
  if (command !== 'check') return { lang, mistake: say(lang, 'usage.unknownCommand', { command }) };
  if (!langs.includes(values.lang))
    return { lang, mistake: say(lang, 'usage.badLang', { lang: values.lang }) };
  if (!profileIds.includes(values.profile)) {
    const params = { profile: values.profile, profiles: profileIds.join(', ') };
    return { lang, mistake: say(lang, 'usage.unknownProfile', params) };
  }
  const seconds = Number(values.timeout);
  if (!(Number.isFinite(seconds) && seconds > 0))
    return { lang, mistake: say(lang, 'usage.badTimeout', { timeout: values.timeout }) };
  if (files.length === 0) return { lang, mistake: say(lang, 'usage.noFiles') };
  return {
    lang,
    check: {
      files,
      profile: values.profile,
      out: values.out,
      json: values.json,
      timeoutMs: Math.min(seconds * 1000, maxTimerMs),
    },
  };
}
