import type { IncomingMessage, ServerResponse } from 'node:http';
import { maxUploadBytes } from '../../shared/upload';
import { readBody, send } from './http';
/**
 * Faults the reference intake plays on the next uploads, one per POST, so tests (and a demo of a bad network) can
 * show that a photo survives them. Spec: comma-separated items, each optionally repeated with `xN`:
 *   500 (or any 4xx/5xx): answer that status after reading the body    429:S  429 with `Retry-After: S`
 *   delay:MS  wait MS milliseconds, then answer normally                  cut    close the connection mid-body
 *   drop      store the photo, then close the connection before answering (the client never sees the receipt)
 * e.g. `INTAKE_FAULTS=500x2,cut`. Only uploads (POST) take faults; status requests are never disturbed.
 */
export type Fault =
  | { kind: 'status'; status: number; retryAfter?: number }
  | { kind: 'delay'; ms: number }
  | { kind: 'cut' }
  | { kind: 'drop' };

const item =
  /^(?:(?<status>[45]\d\d)(?::(?<after>\d+))?|delay:(?<ms>\d+)|(?<word>cut|drop))(?:x(?<times>\d+))?$/;

export function parseFaults(spec: string): Fault[] {
  return spec
    .split(',')
    .map(part => part.trim())
    .filter(Boolean)
    .flatMap(part => {
      const groups = item.exec(part)?.groups;
      if (!groups)
        throw new Error(`INTAKE_FAULTS: « ${part} » is not a fault (500, 429:2, delay:3000, cut, drop, …xN)`);
      const fault: Fault = groups.status
        ? {
            kind: 'status',
            status: Number(groups.status),
            retryAfter: groups.after ? Number(groups.after) : undefined,
          }
        : groups.ms
          ? { kind: 'delay', ms: Number(groups.ms) }
          : { kind: groups.word as 'cut' | 'drop' };
      return Array.from({ length: Number(groups.times ?? 1) }, () => fault);
    });
}

export type Faults = ReturnType<typeof createFaults>;

export function createFaults(spec = '') {
  const queue = parseFaults(spec);
  return {
    /** Adds faults after those still waiting. */
    add: (more: string) => void queue.push(...parseFaults(more)),
    next: (): Fault | undefined => queue.shift(),
    pending: () => queue.length,
    clear: () => void queue.splice(0),
  };
}

const slot = Symbol.for('trombine.intake.faults');

/**
 * The process's one queue, started from INTAKE_FAULTS. It lives on globalThis because `vite preview` loads the
 * intake through its own module runner: a test in the same process reaches this queue, not a copy of it.
 */
export function processFaults(): Faults {
  const global = globalThis as { [slot]?: Faults };
  return (global[slot] ??= createFaults(process.env.INTAKE_FAULTS ?? ''));
}

/** Plays a fault before the upload is read; true when the request is over (answered or cut). */
export async function play(
  fault: Fault | undefined,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  if (!fault || fault.kind === 'drop') return false;
  if (fault.kind === 'delay') {
    await new Promise(resolve => setTimeout(resolve, fault.ms));
    return false;
  }
  if (fault.kind === 'cut') {
    // As a lost mobile link does: part of the body arrives, then nothing answers.
    const cut = () => req.socket.destroy();
    req.once('data', cut).once('end', cut);
    return true;
  }
  await readBody(req, maxUploadBytes, 60_000).catch(() => undefined);
  if (fault.retryAfter !== undefined) res.setHeader('Retry-After', String(fault.retryAfter));
  send(res, fault.status, { error: { code: 'fault', message: `INTAKE_FAULTS: ${fault.status}` } });
  return true;
}
