#!/usr/bin/env node
// `npm run intake`: the photo intake alone (spa/intake/main.ts), as a university runs it behind its single sign-on;
// configured by the environment (README « Receiving side »). Plain node ESM: node 20 cannot run the TypeScript
// sources, so Vite's module runner loads them, as `--configLoader runner` loads vite.config.ts for `npm start`:
// spa/ and shared/ are transformed once at start, dependencies are node's own imports.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const entry = fileURLToPath(new URL('../spa/intake/main.ts', import.meta.url));
try {
  const { module } = await runnerImport(entry, { logLevel: 'warn' });
  await module.main(process.env);
} catch (error) {
  console.error('intake: could not start', error);
  process.exit(1);
}
