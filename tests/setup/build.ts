import { build } from 'vite';

/** The end-to-end tests run against what `npm start` and `npm run build:ext` ship: build both once per run. */
export default async function setup(): Promise<void> {
  if (process.env.TROMBINE_SKIP_BUILD) return;
  await build({ mode: 'production', logLevel: 'warn', configLoader: 'runner' });
  await build({ mode: 'extension', logLevel: 'warn', configLoader: 'runner' });
}
