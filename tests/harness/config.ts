import { fileURLToPath } from 'node:url';
import type { UserConfig } from 'vite';
import { humanAssets } from '../../workers/analyse/assets.mjs';

/** The engine alone, served by Vite's dev server (TypeScript, module worker), for the CLI and the benchmark. */
export function harnessConfig(): UserConfig {
  return {
    root: fileURLToPath(new URL('.', import.meta.url)),
    // The CLI reads files anywhere on disk: only what it routes in, never the file system, is served as input.
    server: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      fs: { allow: [fileURLToPath(new URL('../..', import.meta.url))] },
    },
    plugins: [humanAssets()],
    worker: { format: 'es' },
    logLevel: 'warn',
    clearScreen: false,
  };
}
