import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { intakeFromEnv } from './config';
import { createIntake } from './intake';

export type IntakePluginOptions = { dir?: string };

/**
 * Serves /api/ in `vite` and `vite preview` (`npm start`), ahead of the SPA's history fallback: a demonstration
 * intake unless INTAKE_IDENTITY says otherwise (README « Receiving side »).
 */
export function intakePlugin({ dir = resolve(process.cwd(), '.intake') }: IntakePluginOptions = {}): Plugin {
  let intake: ReturnType<typeof createIntake> | undefined;
  // Made on the first request, once the server knows its address: the mails' link back points at it.
  const optionsFor = (url: string | undefined) => {
    const options = intakeFromEnv(process.env, dir, 'demo');
    if (!process.env.INTAKE_PUBLIC_URL && url) options.baseUrl = url.replace(/\/$/, '');
    return options;
  };
  const handler = (url: string | undefined) => (intake ??= createIntake(optionsFor(url))).handler;
  return {
    name: 'trombine:intake',
    configureServer(server) {
      server.middlewares.use((req, res, next) => handler(server.resolvedUrls?.local[0])(req, res, next));
      server.httpServer?.once('close', () => void intake?.close());
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => handler(server.resolvedUrls?.local[0])(req, res, next));
      server.httpServer.once('close', () => void intake?.close());
    },
  };
}
