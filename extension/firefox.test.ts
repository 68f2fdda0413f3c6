import { expect, it } from 'vitest';
import { firefoxManifest, geckoId, type Manifest } from './firefox';
import exported from './manifest';

// The manifest as crxjs writes it once built: the same object, its worker renamed to the loader.
const chrome: Manifest = {
  ...(exported as unknown as Manifest),
  background: { service_worker: 'service-worker-loader.js', type: 'module' },
};
const firefox = firefoxManifest(chrome);

// The manifest's rules, checked without a browser. tests/extension-firefox.e2e.ts lints the built Firefox folder with
// web-ext (AMO's linter) and loads it in Firefox ESR.
it('runs the background as a module script, not a service worker', () => {
  expect(firefox.background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
});

it('names its gecko id, Firefox 128 at least, and collects no data', () => {
  expect(firefox.browser_specific_settings).toEqual({
    gecko: { id: geckoId, strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
  });
  expect(geckoId).toMatch(/^[\w.-]+@[\w.-]+$/);
});

it('drops the Chrome-only keys and keeps the rest as is', () => {
  expect(firefox).not.toHaveProperty('minimum_chrome_version');
  for (const war of firefox.web_accessible_resources ?? []) expect(war).not.toHaveProperty('use_dynamic_url');
  for (const key of [
    'permissions',
    'optional_host_permissions',
    'commands',
    'omnibox',
    'default_locale',
    'action',
  ])
    expect(firefox[key], key).toEqual(chrome[key]);
  expect(firefox.manifest_version).toBe(3);
});

it('refuses a manifest without a background worker', () => {
  expect(() => firefoxManifest({ ...chrome, background: undefined })).toThrow(/service worker/);
});
