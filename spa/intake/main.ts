import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { intakeFromEnv, type IntakeOptions } from './config';
import { listen, portFrom } from './http';
import { createIntake } from './intake';

/**
 * `npm run intake` (scripts/intake.mjs): the intake alone, as a university runs it behind its single sign-on
 * (README « Receiving side »). It answers /api/* only: the university's web server serves the built studio.
 */

/** In-flight uploads get this long to finish after SIGTERM; a client cut later retries with the same key anyway. */
const drainMs = 10_000;

/** What the ready line says of the store; never DATABASE_URL itself, which may carry a password into the logs. */
const storeOf = (options: IntakeOptions) =>
  options.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `SQLite in ${options.dir}`;

/** Stops taking connections, lets the requests in flight answer, then closes the intake (its database last). */
function stopOnSignal(server: Server, close: () => Promise<void>, log: (line: string) => void) {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // A second Ctrl-C is someone who will not wait: cut the uploads still coming.
    if (stopping) return void server.closeAllConnections();
    stopping = true;
    log(`intake: ${signal}, stopping`);
    const cut = setTimeout(() => server.closeAllConnections(), drainMs);
    // A socket whose answer went out stays open for the next request (keep-alive): close each one as it goes idle.
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    server.close(() => {
      clearTimeout(cut);
      clearInterval(idle);
      close().then(
        () => log('intake: stopped'),
        (error: unknown) => {
          console.error('[intake] close', error);
          process.exitCode = 1;
        },
      );
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const log = (line: string) => void process.stdout.write(`${line}\n`);
  const options = intakeFromEnv(env, resolve(env.INTAKE_DIR || '.intake'), 'header');
  const port = portFrom(env.INTAKE_PORT, 8080, 'INTAKE_PORT');
  const host = env.INTAKE_HOST || '127.0.0.1';
  const intake = createIntake(options);
  await intake.ready;
  const server = createServer(intake.handler);
  const origin = await listen(server, port, host);
  stopOnSignal(server, () => intake.close(), log);
  const { mode, userHeader, trustedProxies } = options.identity;
  const who =
    mode === 'header' ? `${userHeader} from ${trustedProxies.join(', ') || 'nobody'}` : 'demo sign-in';
  log(`intake: listening on ${origin}/api/ (identity: ${who}; ${storeOf(options)})`);
}
