import type { IncomingMessage, ServerResponse } from 'node:http';
import * as v from 'valibot';
import { fail, readJson, send } from '../http';
import type { EsupFaults } from './emulator-faults';
import { etats, type EsupStore } from './emulator-store';
import type { EsupRequest } from './emulator-wsrest';

/**
 * `/emulator/…`: what tests and the demo use to steer the emulator over HTTP, the programmatic API's twin (JSON in,
 * JSON out). The real esup-sgc has nothing of it; a manager moves cards by hand there.
 */
export type ControlContext = {
  store: EsupStore;
  faults: EsupFaults;
  requests(): EsupRequest[];
  reset(): void;
};

const Count = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000));
const bodies = {
  lose: v.object({ count: Count }),
  fail: v.object({
    count: Count,
    status: v.optional(v.pipe(v.number(), v.integer(), v.minValue(500), v.maxValue(599))),
  }),
  refuse: v.object({ eppn: v.pipe(v.string(), v.trim(), v.nonEmpty()) }),
  state: v.object({ etat: v.picklist(etats) }),
};

async function body<T extends v.GenericSchema>(req: IncomingMessage, schema: T): Promise<v.InferOutput<T>> {
  const result = v.safeParse(schema, await readJson(req));
  if (result.success) return result.output;
  const where = result.issues.slice(0, 3).map(issue => `${v.getDotPath(issue) ?? 'body'}: ${issue.message}`);
  fail(422, 'invalid_body', where.join('; '));
}

export async function control(
  context: ControlContext,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  const { store, faults } = context;
  const route = `${req.method} ${path.replace(/\/+$/, '')}`;
  const card = /^POST \/emulator\/cards\/(\d+)\/state$/.exec(route);
  if (card) {
    const { etat } = await body(req, bodies.state);
    const changed = store.setState(Number(card[1]), etat);
    if (!changed) fail(404, 'unknown_card', `No card ${card[1]}`);
    return send(res, 200, changed);
  }
  switch (route) {
    case 'GET /emulator/requests':
      return send(res, 200, context.requests());
    case 'GET /emulator/users':
      return send(res, 200, store.users());
    case 'GET /emulator/faults':
      return send(res, 200, faults.pending());
    case 'POST /emulator/lose':
      faults.loseNextAnswers((await body(req, bodies.lose)).count);
      return send(res, 200, faults.pending());
    case 'POST /emulator/fail': {
      const { count, status } = await body(req, bodies.fail);
      faults.failNext(count, status);
      return send(res, 200, faults.pending());
    }
    case 'POST /emulator/refuse':
      faults.refuse((await body(req, bodies.refuse)).eppn);
      return send(res, 200, faults.pending());
    case 'POST /emulator/reset':
      context.reset();
      return send(res, 200, { reset: true });
  }
  fail(
    404,
    'not_found',
    'Nothing here: /emulator/{requests,users,faults,lose,fail,refuse,reset,cards/ID/state}',
  );
}
