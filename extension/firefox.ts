/** The parts of a built manifest.json this file reads; the rest passes through. */
export type Manifest = {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  web_accessible_resources?: { resources: string[]; matches?: string[]; use_dynamic_url?: boolean }[];
  [key: string]: unknown;
};

/** Firefox's store id: storage.sync and the store listing are keyed by it. */
export const geckoId = 'trombine-ent@trombine';

/**
 * The built Chrome manifest, made Firefox's (121+ for module background scripts, 128 for optional_host_permissions and
 * as the first to accept data_collection_permissions, which Firefox shows from 140 on: web-ext lint's warning about it
 * is explained in tests/web-ext-lint.ts): a background script instead of a service worker, the gecko settings, and no
 * key Firefox does not know (it would warn on each).
 */
export function firefoxManifest(chrome: Manifest): Manifest {
  const { minimum_chrome_version: _, background, web_accessible_resources = [], ...rest } = chrome;
  const worker = background?.service_worker;
  if (!worker) throw new Error('the Chrome manifest has no background service worker');
  return {
    ...rest,
    background: { scripts: [worker], type: 'module' },
    web_accessible_resources: web_accessible_resources.map(({ use_dynamic_url: __, ...war }) => war),
    browser_specific_settings: {
      gecko: {
        id: geckoId,
        strict_min_version: '128.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}
