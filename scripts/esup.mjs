#!/usr/bin/env node
// `npm run esup`: an esup-sgc emulator (spa/intake/esup/emulator.ts) for the demo and for trying a client by hand;
// configured by ESUP_PORT (8081), ESUP_HOST, ESUP_ALLOWED, ESUP_REFUSED; in memory. Loaded like scripts/intake.mjs:
// node 20 cannot run the TypeScript sources, so Vite's module runner does.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const entry = fileURLToPath(new URL('../spa/intake/esup/emulator-main.ts', import.meta.url));
try {
  const { module } = await runnerImport(entry, { logLevel: 'warn' });
  await module.main(process.env);
} catch (error) {
  console.error('esup: could not start', error);
  process.exit(1);
}
