import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { createIntake, intakeFromEnv } from './intake';

export type IntakePluginOptions = { dir?: string };

/**
 * Serves /api/ in `vite` and `vite preview` (`npm start`), ahead of the SPA's history fallback: a demonstration
 * intake unless INTAKE_IDENTITY says otherwise (README « Receiving side »).
 */
export function intakePlugin({ dir = resolve(process.cwd(), '.intake') }: IntakePluginOptions = {}): Plugin {
  let intake: ReturnType<typeof createIntake> | undefined;
  const handler = () => (intake ??= createIntake(intakeFromEnv(process.env, dir, 'demo'))).handler;
  return {
    name: 'trombine:intake',
    configureServer(server) {
      server.middlewares.use((req, res, next) => handler()(req, res, next));
      server.httpServer?.once('close', () => void intake?.close());
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => handler()(req, res, next));
      server.httpServer.once('close', () => void intake?.close());
    },
  };
}
