// `npm run bench:intake [-- --senders 50 --deposits 4 --kill-after 100 --stores sqlite,postgres --max-uploads
// default,50]`: the standalone
// intake (`npm run intake`, a child process, identity from X-Remote-* headers believed from loopback) under 50 people
// sending at once, each 4 photos in turn with their own Idempotency-Keys and retrying like the studio (same key, on a
// network error, 408, 429 or 5xx). After about 100 receipts the server is killed (SIGKILL) and started again on the
// same store and port; the senders finish through it. Then the store is read back: every acknowledged deposit must
// be there exactly once, each person's last pending and the others superseded. Prints a table, writes
// tests/bench/intake-load.json, and exits 1 when a check fails. The machine is shared: figures are also given as
// ratios to a no-op request (GET /api/me) measured on the same server in the same run.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const options = {
  senders: { type: 'string', default: '50' },
  deposits: { type: 'string', default: '4' },
  'kill-after': { type: 'string', default: '100' },
  stores: { type: 'string', default: 'sqlite,postgres' },
  // INTAKE_MAX_UPLOADS for each run: `default` leaves the intake's own (20); more than the senders never says busy.
  'max-uploads': { type: 'string', default: 'default,50' },
  baseline: { type: 'string', default: '2000' },
};
const { values } = parseArgs({ options: /** @type {const} */ (options) });
const [senders, perSender, killAfter, baselineRequests] = [
  Number(values.senders),
  Number(values.deposits),
  Number(values['kill-after']),
  Number(values.baseline),
];
const here = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));

// The intake's own TypeScript, through Vite's module runner as `npm run intake` loads it: the studio's photo and
// meta, the SSO headers, the throwaway PostgreSQL and the repository the checks read.
const load = (/** @type {string} */ path) =>
  runnerImport(here(path), { logLevel: 'warn' }).then(loaded => /** @type {any} */ (loaded.module));
const [testing, dbTesting, repositoryModule] = await Promise.all([
  load('../../spa/intake/testing.ts'),
  load('../../spa/intake/db/testing.ts'),
  load('../../spa/intake/db/repository.ts'),
]);
const photos = [await testing.studioJpeg(), await testing.otherStudioJpeg()];

const sleep = (/** @type {number} */ ms) => new Promise(resolve => setTimeout(resolve, ms));
const percentile = (/** @type {number[]} */ list, /** @type {number} */ p) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(address.port));
    });
  });
}

/** `npm run intake` as a child process; resolves once it said it listens, with how long that took. */
function startServer(/** @type {NodeJS.ProcessEnv} */ env) {
  const started = performance.now();
  const child = spawn(process.execPath, [here('../../scripts/intake.mjs')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr.on('data', chunk => process.stderr.write(`  [server] ${chunk}`));
  const ready = new Promise((resolve, reject) => {
    child.once('exit', code => reject(new Error(`the intake exited (${code}) before listening`)));
    createInterface({ input: child.stdout }).on('line', line => {
      if (line.includes('listening on')) resolve(performance.now() - started);
    });
  });
  const exited = new Promise(resolve => child.once('exit', (code, signal) => resolve(signal ?? code)));
  return { child, ready: /** @type {Promise<number>} */ (ready), exited };
}

/** `count` GET /api/me by `concurrency` clients: what the server does for a request that does nothing. */
async function baseline(
  /** @type {string} */ origin,
  /** @type {number} */ count,
  /** @type {number} */ concurrency,
) {
  const latencies = /** @type {number[]} */ ([]);
  let next = 0;
  const start = performance.now();
  const client = async (/** @type {number} */ n) => {
    while (next++ < count) {
      const t = performance.now();
      const response = await fetch(`${origin}/api/me`, { headers: testing.as(`bench${n}`) });
      if (!response.ok) throw new Error(`GET /api/me: ${response.status}`);
      await response.arrayBuffer();
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, n) => client(n)));
  const seconds = (performance.now() - start) / 1000;
  return { perSecond: count / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

/** The studio's retry delays (spa/upload/send.ts): 1, 2, 4… s up to 30, jittered; Retry-After when given. */
const backoff = (/** @type {number} */ attempt, /** @type {Response | undefined} */ response) => {
  const after = Number(response?.headers.get('retry-after'));
  if (response && [429, 503].includes(response.status) && after > 0) return Math.min(after, 60) * 1000;
  const delay = Math.min(1000 * 2 ** (attempt - 1), 30_000);
  return delay / 2 + (Math.random() * delay) / 2;
};

/**
 * The people: each sends its deposits one after the other, each until a receipt. `onReceipt` is told of every one
 * (the kill hangs on it). A refusal (4xx but 408 and 429) or two minutes without a receipt ends the deposit unsent.
 */
async function send(/** @type {string} */ origin, /** @type {(count: number) => void} */ onReceipt) {
  const acks = /** @type {any[]} */ ([]);
  const retries = { reset: 0, refused: 0, busy: 0, server: 0, other: 0 };
  const failures = /** @type {string[]} */ ([]);
  const sender = async (/** @type {number} */ n) => {
    const login = `student${String(n).padStart(3, '0')}`;
    for (let index = 0; index < perSender; index++) {
      // One key and one meta per photo, kept across its retries, as the studio's outbox keeps them.
      const key = randomUUID();
      const meta = testing.validMeta();
      const first = performance.now();
      const deadline = first + 120_000;
      for (let attempt = 1; ; attempt++) {
        const body = testing.form({ photo: photos[index % 2], meta });
        const t = performance.now();
        /** @type {Response | undefined} */
        let response;
        try {
          response = await fetch(`${origin}/api/photos`, {
            method: 'POST',
            body,
            headers: { ...testing.as(login), 'Idempotency-Key': key },
            signal: AbortSignal.timeout(60_000),
          });
          const answer = await response.json();
          if (response.ok) {
            const at = performance.now();
            const replayed = response.status === 200;
            acks.push({
              login,
              index,
              key,
              id: answer.id,
              replayed,
              at,
              request_ms: at - t,
              deposit_ms: at - first,
            });
            onReceipt(acks.length);
            break;
          }
          if (response.status === 503 || response.status === 429) retries.busy++;
          else if (response.status >= 500 || response.status === 408) retries.server++;
          else {
            failures.push(`${login} #${index}: ${response.status} ${JSON.stringify(answer)}`);
            break;
          }
        } catch (error) {
          const code = /** @type {any} */ (error).cause?.code;
          if (code === 'ECONNREFUSED') retries.refused++;
          else if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') retries.reset++;
          else retries.other++;
        }
        if (performance.now() > deadline) {
          failures.push(`${login} #${index}: no receipt after ${attempt} attempts`);
          break;
        }
        await sleep(backoff(attempt, response));
      }
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: senders }, (_, n) => sender(n)));
  return { acks, retries, failures, started: start, seconds: (performance.now() - start) / 1000 };
}

/** The store read back against the receipts: exactly once per (owner, key), same ids, last pending, others superseded. */
async function verify(/** @type {any} */ place, /** @type {any[]} */ acks) {
  const repository = await repositoryModule.openRepository(place);
  const stored = [];
  try {
    for (const status of Object.keys(await repository.counts())) {
      let after;
      do {
        const page = await repository.list({ status, after, limit: 500 });
        stored.push(...page.photos);
        after = page.next;
      } while (after);
    }
  } finally {
    await repository.close();
  }
  const problems = [];
  const byKey = new Map();
  for (const deposit of stored) {
    const key = `${deposit.owner} ${deposit.idempotencyKey}`;
    byKey.set(key, [...(byKey.get(key) ?? []), deposit]);
  }
  for (const [key, found] of byKey)
    if (found.length > 1) problems.push(`${key}: stored ${found.length} times`);
  for (const ack of acks) {
    const found = byKey.get(`${ack.login} ${ack.key}`) ?? [];
    if (found.length === 0) problems.push(`${ack.login} #${ack.index}: acknowledged (${ack.id}), not stored`);
    else if (found[0].id !== ack.id)
      problems.push(`${ack.login} #${ack.index}: receipt ${ack.id}, stored ${found[0].id}`);
    const expected = ack.index === perSender - 1 ? 'pending_review' : 'superseded';
    if (found[0] && found[0].status !== expected)
      problems.push(`${ack.login} #${ack.index}: ${found[0].status}, not ${expected}`);
  }
  if (stored.length !== acks.length)
    problems.push(`${stored.length} deposits stored for ${acks.length} receipts`);
  return { stored: stored.length, problems };
}

/** One store: the baseline, the senders with the kill, a clean stop (SIGTERM), then the store read back. */
async function runStore(
  /** @type {string} */ store,
  /** @type {string | undefined} */ databaseUrl,
  /** @type {string} */ maxUploads,
) {
  const dir = mkdtempSync(join(tmpdir(), 'trombine-intake-load-'));
  // Only what this bench sets: an INTAKE_* or DATABASE_URL of the shell would change what is measured.
  const inherited = Object.entries(process.env).filter(
    ([name]) => !/^(INTAKE_|DATABASE_URL|SMTP_URL)/.test(name),
  );
  const env = {
    ...Object.fromEntries(inherited),
    INTAKE_DIR: dir,
    INTAKE_PORT: String(await freePort()),
    INTAKE_IDENTITY: 'header',
    INTAKE_TRUSTED_PROXIES: 'loopback',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...(maxUploads === 'default' ? {} : { INTAKE_MAX_UPLOADS: maxUploads }),
  };
  const origin = `http://127.0.0.1:${env.INTAKE_PORT}`;
  let server = startServer(env);
  const stopAll = () => server.child.kill('SIGKILL');
  process.once('exit', stopAll);
  try {
    const startMs = await server.ready;
    const noop = await baseline(origin, baselineRequests, senders);
    let killedAt = 0;
    let restartMs = 0;
    let restartedAt = 0;
    let killing;
    const onReceipt = (/** @type {number} */ count) => {
      if (count < killAfter || killing) return;
      killedAt = performance.now();
      const killed = server;
      killed.child.kill('SIGKILL');
      killing = killed.exited.then(() => {
        server = startServer(env);
        return server.ready.then(ms => {
          restartMs = ms;
          restartedAt = performance.now();
        });
      });
    };
    const sent = await send(origin, onReceipt);
    await killing;
    server.child.kill('SIGTERM');
    const stopped = await server.exited;
    // Receipts just after the kill were on their way already: down until the first from the new server.
    const firstAfter = Math.min(...sent.acks.filter(ack => ack.at > restartedAt).map(ack => ack.at));
    const check = await verify({ dir, databaseUrl }, sent.acks);
    const requestMs = sent.acks.map(ack => ack.request_ms);
    const depositMs = sent.acks.map(ack => ack.deposit_ms);
    const perSecond = sent.acks.length / sent.seconds;
    return {
      store,
      max_uploads: maxUploads,
      deposits: sent.acks.length,
      stored: check.stored,
      seconds: sent.seconds,
      per_second: perSecond,
      before_kill_per_second: killAfter / ((killedAt - sent.started) / 1000),
      request_p50_ms: percentile(requestMs, 50),
      request_p95_ms: percentile(requestMs, 95),
      deposit_p50_ms: percentile(depositMs, 50),
      deposit_p95_ms: percentile(depositMs, 95),
      retries: sent.retries,
      replayed: sent.acks.filter(ack => ack.replayed).length,
      start_ms: startMs,
      restart_ms: restartMs,
      down_ms: firstAfter - killedAt,
      stopped_by_sigterm: stopped === 0,
      baseline: noop,
      exactly_once: check.problems.length === 0 && sent.failures.length === 0,
      problems: [...sent.failures, ...check.problems],
    };
  } finally {
    process.off('exit', stopAll);
    stopAll();
    rmSync(dir, { recursive: true, force: true });
  }
}

const results = [];
for (const maxUploads of values['max-uploads'].split(','))
  for (const store of values.stores.split(',')) {
    const uploads =
      maxUploads === 'default' ? 'INTAKE_MAX_UPLOADS unset' : `INTAKE_MAX_UPLOADS=${maxUploads}`;
    console.log(
      `intake load: ${store}, ${uploads}: ${senders} senders × ${perSender}, SIGKILL after ${killAfter}`,
    );
    if (store === 'sqlite') results.push(await runStore(store, undefined, maxUploads));
    else if (store === 'postgres') {
      const postgres = await dbTesting.startPostgres();
      try {
        results.push(await runStore(store, postgres.url, maxUploads));
      } finally {
        await postgres.stop();
      }
    } else throw new Error(`--stores: sqlite or postgres, not "${store}"`);
  }

const ms = (/** @type {number} */ value) => `${Math.round(value)} ms`;
const ratio = (/** @type {number} */ value) => value.toFixed(2);
const label = (/** @type {any} */ r) => `${r.store}, uploads ${r.max_uploads}`;
const rows = results.map(r => ({
  run: label(r),
  'deposits/s': r.per_second.toFixed(1),
  'before kill': r.before_kill_per_second.toFixed(1),
  'GET /api/me/s ÷ that': (r.baseline.perSecond / r.before_kill_per_second).toFixed(0),
  'request p50 / p95': `${ms(r.request_p50_ms)} / ${ms(r.request_p95_ms)}`,
  '× GET p50': ratio(r.request_p50_ms / r.baseline.p50),
  'deposit p50 / p95': `${ms(r.deposit_p50_ms)} / ${ms(r.deposit_p95_ms)}`,
  retries: Object.values(r.retries).reduce((a, b) => a + b, 0),
  replayed: r.replayed,
  down: ms(r.down_ms),
  'exactly once': r.exactly_once ? 'yes' : 'NO',
}));
console.table(rows);
for (const r of results) {
  const { reset, refused, busy, server, other } = r.retries;
  console.log(
    `${label(r)}: ${r.deposits} receipts, ${r.stored} stored in ${r.seconds.toFixed(1)} s; GET /api/me ${r.baseline.perSecond.toFixed(0)}/s (p50 ${ms(r.baseline.p50)}); retries: ${reset} cut, ${refused} refused, ${busy} busy (503/429), ${server} 5xx, ${other} other; start ${ms(r.start_ms)}, restart ${ms(r.restart_ms)}; SIGTERM stop ${r.stopped_by_sigterm ? 'clean' : 'NOT clean'}`,
  );
  for (const problem of r.problems.slice(0, 20)) console.log(`  ✗ ${problem}`);
}
for (const maxUploads of values['max-uploads'].split(',')) {
  const run = (/** @type {string} */ store) =>
    results.find(r => r.store === store && r.max_uploads === maxUploads);
  const [sqlite, postgres] = [run('sqlite'), run('postgres')];
  if (sqlite && postgres)
    console.log(
      `PostgreSQL ÷ SQLite, uploads ${maxUploads}: deposits/s ${ratio(postgres.per_second / sqlite.per_second)} (before the kill ${ratio(postgres.before_kill_per_second / sqlite.before_kill_per_second)}), request p50 ${ratio(postgres.request_p50_ms / sqlite.request_p50_ms)}`,
    );
}

const machine = {
  cores: cpus().length,
  cpu: cpus()[0]?.model,
  node: process.version,
  date: new Date().toISOString(),
};
const setup = {
  senders,
  deposits_per_sender: perSender,
  kill_after: killAfter,
  baseline_requests: baselineRequests,
};
writeFileSync(here('intake-load.json'), `${JSON.stringify({ machine, setup, results }, null, 2)}\n`);
console.log('written: tests/bench/intake-load.json');
process.exitCode = results.every(r => r.exactly_once && r.stopped_by_sigterm) ? 0 : 1;
