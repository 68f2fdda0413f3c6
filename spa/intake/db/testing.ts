import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

/**
 * A PostgreSQL for tests, unit and end-to-end: `TEST_DATABASE_URL` when set, else a throwaway cluster started from
 * Debian's packages in a temporary folder. Either way each start gets a database of its own, dropped by `stop()`, so
 * test files and runs never see each other's rows.
 */
export type TestPostgres = { url: string; stop(): Promise<void> };

const run = promisify(execFile);
const missing =
  'PostgreSQL introuvable (initdb, pg_ctl) : installez-le avec « apt-get install postgresql », ' +
  'ou indiquez une base de test avec TEST_DATABASE_URL=postgres://…';

/** Debian puts the binaries in a versioned folder out of PATH; the newest version wins. */
function findBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const folders = [...versions.map(version => join(root, version, 'bin')), '/usr/local/bin', '/usr/bin'];
  const found = folders.find(
    folder => existsSync(join(folder, 'initdb')) && existsSync(join(folder, 'pg_ctl')),
  );
  if (!found) throw new Error(missing);
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** How to run a cluster command: as root, as the `postgres` system user (made if missing), for initdb refuses root. */
type Argv = (command: string, args: string[]) => [string, string[]];

async function clusterOwner(folder: string): Promise<Argv> {
  if (process.getuid?.() !== 0) return (command, args) => [command, args];
  await run('id', ['-u', 'postgres']).catch(() =>
    run('useradd', ['-r', '-M', '-s', '/bin/false', 'postgres']),
  );
  const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout);
  await chown(folder, await id('-u'), await id('-g'));
  return (command, args) => ['runuser', ['-u', 'postgres', '--', command, ...args]];
}

async function startCluster(): Promise<{ adminUrl: string; stop(): Promise<void> }> {
  const bin = findBin();
  const folder = await mkdtemp(join(tmpdir(), 'trombine-pg-'));
  const data = join(folder, 'data');
  const log = join(folder, 'server.log');
  const argv = await clusterOwner(folder);
  const as = (command: string, args: string[]) => run(...argv(command, args));
  const pgCtl = join(bin, 'pg_ctl');
  // A throwaway cluster: nothing to keep across a power cut, so neither initdb nor the server waits for the disk.
  const initdb = ['-D', data, ...'-U trombine -A trust -E UTF8 --no-locale --no-sync'.split(' ')];
  await as(join(bin, 'initdb'), initdb);
  let port = 0;
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    const options = `-p ${port} -h 127.0.0.1 -k ${folder} -c fsync=off -c max_connections=60`;
    try {
      await as(pgCtl, ['start', '-D', data, '-l', log, '-w', '-t', '60', '-o', options]);
      break;
    } catch (error) {
      // The port can be taken between freePort() and the server's bind on a shared machine: try another.
      if (attempt === 3) {
        const tail = await readFile(log, 'utf8').catch(() => '');
        await rm(folder, { recursive: true, force: true });
        throw new Error(`PostgreSQL did not start (${bin}):\n${tail}`, { cause: error });
      }
    }
  }
  // A test process that dies without its afterAll must not leave a server behind on a shared machine.
  const kill = () => {
    try {
      execFileSync(...argv(pgCtl, ['stop', '-D', data, '-m', 'immediate']), { stdio: 'ignore' });
    } catch {
      // Already stopped.
    }
    rmSync(folder, { recursive: true, force: true });
  };
  process.once('exit', kill);
  return {
    adminUrl: `postgres://trombine@127.0.0.1:${port}/postgres`,
    async stop() {
      process.off('exit', kill);
      await as(pgCtl, ['stop', '-D', data, '-m', 'fast', '-w']).catch(() => undefined);
      await rm(folder, { recursive: true, force: true });
    },
  };
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function startPostgres(): Promise<TestPostgres> {
  const given = process.env.TEST_DATABASE_URL;
  const cluster = given ? undefined : await startCluster();
  const adminUrl = given ?? cluster?.adminUrl ?? '';
  const name = `trombine_test_${randomBytes(6).toString('hex')}`;
  try {
    await admin(adminUrl, `create database ${name}`);
  } catch (error) {
    await cluster?.stop();
    throw error;
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async stop() {
      try {
        if (given) await admin(adminUrl, `drop database if exists ${name} with (force)`);
      } finally {
        await cluster?.stop();
      }
    },
  };
}
