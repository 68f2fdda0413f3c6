import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { createIntakeHandler } from './handler';

export type IntakePluginOptions = { dir?: string };

/** Serves /api/photos in `vite` and `vite preview` (`npm start`), ahead of the SPA's history fallback. */
export function intakePlugin({ dir = resolve(process.cwd(), '.intake') }: IntakePluginOptions = {}): Plugin {
  const handler = createIntakeHandler({ dir });
  return {
    name: 'trombine:intake',
    configureServer(server) {
      server.middlewares.use(handler);
    },
    configurePreviewServer(server) {
      server.middlewares.use(handler);
    },
  };
}
