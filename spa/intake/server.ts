import { createServer } from 'node:http';
import type { IntakeOptions } from './config';
import { listen } from './http';
import { createIntake } from './intake';

export type IntakeServer = { url: string; close(): Promise<void> };
export type StartIntakeOptions = IntakeOptions & { port?: number; host?: string };

/** A bare intake for tests and tools; port 0 as other processes hold the usual ports on these machines. */
export async function startIntake({
  port = 0,
  host = '127.0.0.1',
  ...options
}: StartIntakeOptions): Promise<IntakeServer> {
  const intake = createIntake(options);
  await intake.ready;
  const server = createServer(intake.handler);
  const url = await listen(server, port, host);
  return {
    url,
    async close() {
      await new Promise<void>((resolve, reject) => {
        server.close(error => (error ? reject(error) : resolve()));
        // Idle keep-alive sockets (fetch keeps them) would hold close() open until they time out.
        server.closeAllConnections();
      });
      await intake.close();
    },
  };
}
