import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import exported from './manifest';

// crxjs accepts an object, a promise or a function of the build env; ours is a plain object.
const manifest = await (typeof exported === 'function'
  ? exported({ command: 'build', mode: 'extension' })
  : exported);

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const reasons = new Map(
  [...readme.matchAll(/^\| `([\w.:/*<>-]+)` +\| (.+) \|$/gm)].map(([, permission, reason]) => [
    permission,
    reason!.trim(),
  ]),
);

test('every permission the extension asks for has a stated reason in the README', () => {
  const asked = [...(manifest.permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
  expect(asked.length).toBeGreaterThan(0);
  for (const permission of asked) expect(reasons.get(permission), permission).toMatch(/\w{3,}/);
});

test('no broad host access and no tabs permission', () => {
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.permissions).not.toContain('tabs');
});
