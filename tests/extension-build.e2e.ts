import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import pkg from '../package.json';

/** Built by tests/setup/build.ts (`vite build --mode extension`, which is `npm run build:ext`). */
const out = fileURLToPath(new URL('../dist-ext', import.meta.url));
const chrome = join(out, 'chrome');
const popupBudget = 15 * 1024;

/** Every script the popup loads before it shows anything: its entry, what it preloads and what those import. */
function popupScripts(): string[] {
  const html = readFileSync(join(chrome, 'popup/index.html'), 'utf8');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(chrome, file), 'utf8');
    for (const [, path] of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
      visit(normalize(join(dirname(file), path!)));
  };
  for (const [, path] of html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)) visit(path!);
  return [...seen];
}

describe('the built extension', () => {
  it(`keeps the popup's JavaScript within ${popupBudget / 1024} KB gzipped`, () => {
    const scripts = popupScripts();
    expect(scripts.length).toBeGreaterThan(1);
    const sizes = scripts.map(file => gzipSync(readFileSync(join(chrome, file)), { level: 9 }).length);
    const total = sizes.reduce((a, b) => a + b, 0);
    console.log(`popup JavaScript: ${(total / 1024).toFixed(1)} KB gzipped in ${scripts.length} files`);
    expect(total).toBeLessThanOrEqual(popupBudget);
  });

  it('makes the Firefox build beside the Chrome one', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'firefox/manifest.json'), 'utf8'));
    expect(manifest.background.scripts).toHaveLength(1);
    expect(existsSync(join(out, 'firefox', manifest.background.scripts[0]))).toBe(true);
    expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe('128.0');
  });

  it.each(['chrome', 'firefox'])('writes the %s store zip, manifest at its root', browser => {
    const archive = readFileSync(join(out, `trombine-${browser}-${pkg.version}.zip`));
    expect(archive.readUInt32LE(0)).toBe(0x04034b50);
    expect(archive.includes(Buffer.from('manifest.json'))).toBe(true);
    expect(archive.includes(Buffer.from('_locales/fr/messages.json'))).toBe(true);
  });
});
