import { build } from 'vite';

/** The end-to-end tests run against what `npm start` and `npm run build:ext` ship: build both once per run. */
export default async function setup(): Promise<void> {
  if (process.env.TROMBINE_SKIP_BUILD) return;
  // vitest sets NODE_ENV=test, which Vite would keep: a development build (import.meta.env.PROD false, no service
  // worker registered, workbox's debug build). Build what `npm run build` ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', logLevel: 'warn', configLoader: 'runner' });
    await build({ mode: 'extension', logLevel: 'warn', configLoader: 'runner' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
