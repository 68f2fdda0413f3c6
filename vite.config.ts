import { defineConfig, type UserConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { configDefaults } from 'vitest/config';
import { extensionConfig } from './extension/build';
import { spaConfig } from './spa/build';
import { harnessConfig } from './tests/harness/config';

/**
 * One config for every thread: `vite build` makes the studio (spa/ + workers/), `--mode extension` the extension,
 * `--mode harness` serves the engine alone to the CLI and the benchmark (scripts/engine-page.mjs),
 * and vitest (mode "test") runs the unit tests next to the code and the end-to-end tests in tests/ (real Chromium).
 * Engine tests run in Chromium through @web/test-runner (web-test-runner.config.mjs).
 */
export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'extension') return extensionConfig(mode);
  if (mode === 'harness') return harnessConfig();
  if (mode !== 'test') return spaConfig();
  return {
    test: {
      projects: [
        {
          plugins: [solid({ hot: false })],
          resolve: { conditions: ['development', 'browser'] },
          test: {
            name: 'unit',
            environment: 'node',
            include: ['{shared,spa,extension,scripts}/**/*.test.{ts,tsx}'],
            exclude: [...configDefaults.exclude],
          },
        },
        {
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/**/*.e2e.ts'],
            globalSetup: ['tests/setup/build.ts'],
            fileParallelism: false,
            testTimeout: 90_000,
            hookTimeout: 180_000,
            // A page's state comes from the engine and the network on a shared 2-core machine: vitest's 1 s default
            // for expect.poll made waits fail under load (a step reached only after the face models' first load).
            // This bounds a hang; it measures no speed.
            expect: { poll: { timeout: 30_000 } },
          },
        },
      ],
    },
  };
});
