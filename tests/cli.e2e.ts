import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { messages } from '../scripts/photo/messages.mjs';
import { checkIds } from '../shared/engine';
import { englishTypographyProblems, frenchTypographyProblems } from '../shared/i18n/typography';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'trombine-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Run = { status: number; stdout: string; stderr: string };

/** `node scripts/photo.mjs …` from the repository root, as `npm run photo --` runs it; never rejects. */
const photo = (args: string[], env: Record<string, string> = {}) =>
  new Promise<Run>(resolve =>
    execFile(
      process.execPath,
      ['scripts/photo.mjs', ...args],
      { cwd: root, env: { ...process.env, ...env } },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code) : 0, stdout, stderr }),
    ),
  );

/** Width and height from the JPEG's start-of-frame segment, read from the bytes as any decoder would. */
function jpegSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.readUInt16BE(0)).toBe(0xffd8);
  for (let at = 2; at + 9 <= bytes.length; at += 2 + bytes.readUInt16BE(at + 2)) {
    const marker = bytes.readUInt16BE(at);
    // SOF0–SOF15 share their range with DHT (C4), JPG (C8) and DAC (CC), which carry no size.
    if (marker >= 0xffc0 && marker <= 0xffcf && ![0xffc4, 0xffc8, 0xffcc].includes(marker))
      return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
  }
  throw new Error('no start-of-frame segment');
}

const franck = 'tests/fixtures/photos/franck_02045.jpg';
const tiff = 'tests/fixtures/formats/photo.tiff';
const orient6 = 'tests/fixtures/formats/orient6.jpg';

describe('npm run photo -- check', () => {
  test('--json --out: one line per file in order, bad files included, photos written at the card’s size', async () => {
    // A second franck_02045.jpg from another folder must not overwrite the first one's output.
    const sameName = join(scratch, 'elsewhere', 'franck_02045.jpg');
    mkdirSync(join(scratch, 'elsewhere'));
    cpSync(franck, sameName);
    const out = join(scratch, 'out', 'nested');
    const files = [franck, tiff, orient6, 'tests/fixtures/missing.jpg', 'tests/fixtures/formats', sameName];

    const run = await photo(['check', '--json', '--out', out, ...files]);

    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.endsWith('\n')).toBe(true);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map(line => JSON.parse(line));
    expect(lines.map(line => [line.file, line.ok, line.error?.code ?? null])).toEqual([
      [franck, true, null],
      [tiff, false, 'format.unsupported'],
      [orient6, true, null],
      ['tests/fixtures/missing.jpg', false, 'file.unreadable'],
      ['tests/fixtures/formats', false, 'file.unreadable'],
      [sameName, true, null],
    ]);
    expect(lines[1].error.message).toMatch(/TIFF.*Exportez-la en JPEG/);
    expect(lines[3].error.message).toBe('Ce fichier n’existe pas.');
    expect(lines[4].error.message).toBe('C’est un dossier, pas une photo.');
    for (const line of lines.filter(line => !line.ok))
      expect(line).toMatchObject({ verdict: null, checks: null, output: null, timings: null, saved: null });

    const written = lines.filter(line => line.ok);
    expect(written.map(line => line.saved)).toEqual(
      ['franck_02045.jpg', 'orient6.jpg', 'franck_02045-2.jpg'].map(name => join(out, name)),
    );
    expect(readdirSync(out).sort()).toEqual(['franck_02045-2.jpg', 'franck_02045.jpg', 'orient6.jpg']);
    for (const line of written) {
      expect(line.verdict).toMatch(/^(ok|warnings)$/);
      // The real checks, face analysis included, each with its message.
      expect(line.checks.map((check: { id: string }) => check.id)).toEqual([...checkIds]);
      expect(line.checks).toContainEqual(expect.objectContaining({ id: 'face.count', status: 'pass' }));
      expect(line.checks).toContainEqual(expect.objectContaining({ id: 'output.bytes', status: 'pass' }));
      expect(line.output).toMatchObject({ width: 413, height: 531 });
      expect(line.timings.total).toBeGreaterThan(0);
      const jpeg = readFileSync(line.saved);
      expect(jpegSize(jpeg)).toEqual({ width: 413, height: 531 });
      expect(jpeg.length).toBe(line.output.bytes);
      expect(jpeg.length).toBeLessThanOrEqual(60_000);
    }
    // stderr is not a terminal here: no « 3/6 » progress mixed into a log.
    expect(run.stderr).not.toMatch(/\d\/6/);
  });

  test('without --json: a French table with French numbers, refusals spelled out, then the count', async () => {
    const run = await photo(['check', franck, tiff]);

    expect(run.status, run.stderr).toBe(0);
    const [header, rule, ready, refused, blank, summary, ...rest] = run.stdout.split('\n');
    expect(header).toMatch(/^Fichier +Taille +Poids +Qualité +Durée +Résultat$/);
    expect(rule).toMatch(/^[─ ]+$/);
    expect(ready).toMatch(
      /^tests\/fixtures\/photos\/franck_02045\.jpg +413 × 531 +\d+(,\d)?\u202fko +\d+\u00a0% +/,
    );
    // Its saturated blue backdrop reads as a dark wall: ready, with the check's advice.
    expect(ready).toMatch(
      /ms +prête, à vérifier\s: Le fond est trop sombre\s: placez-vous devant un mur clair/,
    );
    expect(refused).toMatch(
      /^tests\/fixtures\/formats\/photo\.tiff .* refusée\u00a0: Ce fichier est au format TIFF/,
    );
    expect([blank, summary, ...rest]).toEqual(['', '1 photo prête, 1 refusée', '']);
  });

  test('an engine that does not answer in time: each file gets engine.timeout and the run goes on', async () => {
    const run = await photo(['check', '--json', '--timeout', '0.001', franck, orient6]);

    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map(line => JSON.parse(line));
    expect(lines.map(line => [line.file, line.ok, line.error?.code])).toEqual([
      [franck, false, 'engine.timeout'],
      [orient6, false, 'engine.timeout'],
    ]);
  });

  test.each([
    ['no command', [], /Indiquez la commande «\scheck\s»/],
    ['an unknown command', ['verify', franck], /Commande inconnue\s:\sverify/],
    [
      'an unknown option',
      ['check', '--frobnicate', franck],
      /Option inconnue ou mal écrite\s:\s--frobnicate/,
    ],
    [
      'an unknown profile',
      ['check', '--profile', 'nope', franck],
      /Profil inconnu\s:\snope \(profils\s:\sdemo, poitiers, uca\)/,
    ],
    ['no files', ['check', '--json'], /Indiquez au moins un fichier à vérifier/],
  ])('%s: exit 2, the mistake and the usage on stderr, nothing on stdout', async (_, args, mistake) => {
    const run = await photo(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(mistake);
    expect(run.stderr).toContain('Utilisation\u00a0: npm run photo -- check [options] FICHIERS…');
    expect(run.stdout).toBe('');
  });

  test('--help prints the usage on stdout, in English with --lang en', async () => {
    const run = await photo(['--help', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run photo -- check \[options\] FILES…\n/);
    expect(run.stdout).toContain('--profile ID     institution: demo, poitiers, uca (default: demo)');
  });

  test('no Chromium: exit 1 and one line saying how to install it', async () => {
    const run = await photo(['check', franck], { CHROME_PATH: join(scratch, 'no-chromium') });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Chromium introuvable .*apt-get install chromium.*CHROME_PATH\.\n$/);
    expect(run.stdout).toBe('');
  });
});

describe('the CLI’s own messages', () => {
  const keys = Object.keys(messages.fr) as (keyof typeof messages.fr)[];
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort();
  // The usage aligns its options with runs of spaces, which the typography lint rightly refuses in a sentence.
  const sentences = (text: string) => text.split('\n').map(line => line.trim().replace(/ {2,}/g, ' '));

  test('English has exactly the French keys, with the same placeholders', () => {
    expect(Object.keys(messages.en).sort()).toEqual([...keys].sort());
    for (const key of keys)
      expect(placeholders(messages.en[key]), key).toEqual(placeholders(messages.fr[key]));
  });

  test.each(keys)('%s follows French and English typography', key => {
    expect(sentences(messages.fr[key]).flatMap(frenchTypographyProblems)).toEqual([]);
    expect(sentences(messages.en[key]).flatMap(englishTypographyProblems)).toEqual([]);
  });
});
