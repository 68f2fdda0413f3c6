import { portFrom } from '../http';
import { listFrom } from './emulator-access';
import { startEsupEmulator } from './emulator';

/**
 * `npm run esup` (scripts/esup.mjs): the emulator alone, for a demo of the intake forwarding card requests or for
 * a client tried by hand. ESUP_PORT (8081), ESUP_HOST (127.0.0.1), ESUP_ALLOWED (loopback), ESUP_REFUSED (eppns
 * without a right to a card). In memory: a restart forgets every card.
 */

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const log = (line: string) => void process.stdout.write(`${line}\n`);
  const allowed = listFrom(env.ESUP_ALLOWED ?? 'loopback');
  const emulator = await startEsupEmulator({
    port: portFrom(env.ESUP_PORT, 8081, 'ESUP_PORT'),
    host: env.ESUP_HOST || '127.0.0.1',
    allowed,
  });
  const refused = listFrom(env.ESUP_REFUSED ?? '');
  refused.forEach(eppn => emulator.refuse(eppn));
  const stop = (signal: NodeJS.Signals) => {
    log(`esup: ${signal}, stopping`);
    emulator.close().then(
      () => log('esup: stopped'),
      (error: unknown) => {
        console.error('[esup] close', error);
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  log(
    `esup: esup-sgc emulator on ${emulator.url}/wsrest/api (allowed: ${allowed.join(', ') || 'nobody'}; in memory)`,
  );
  log(
    `esup: steer it under ${emulator.url}/emulator/ (requests, users, lose, fail, refuse, cards/ID/state, reset)`,
  );
  if (refused.length > 0) log(`esup: no right to a card: ${refused.join(', ')}`);
}
