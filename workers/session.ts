import type { OpenOptions } from '../shared/engine';
import { analyseSource, startLoadingHuman, type Analysed } from './analyse/step';
import { releaseDecoded } from './decode/decode';
import { guard, type SourceInfo } from './sniff/guard';

/** A photo analysed once and framed as often as the person adjusts it. */
export type Opened = {
  file: Blob;
  info: SourceInfo;
  analysed: Analysed;
  /** What opening cost, in ms; `reported` once a frame's timings have carried it. */
  timings: { sniff: number; analyse: number; reported?: boolean };
};

/** Sessions a worker keeps: the studio's photo of the moment and the one before it (a reframe racing a new photo). */
const kept = 2;
const sessions = new Map<number, Opened>();
let nextId = 1;

/** Sniffs, guards and analyses `file` (faces, preview): errors are thrown as EngineError, as guard() throws them. */
export async function openPhoto(file: Blob, options: OpenOptions = {}): Promise<Opened> {
  const start = performance.now();
  const info = await guard(file, options.lang ?? 'fr');
  const analysing = options.analyse !== false;
  const fetching = options.faceModels !== 'if-loaded';
  if (analysing && fetching) startLoadingHuman();
  const sniffed = performance.now();
  const analysed: Analysed = analysing
    ? await analyseSource(file, info, fetching)
    : { faces: null, analysis: 'unavailable', preview: undefined };
  return { file, info, analysed, timings: { sniff: sniffed - start, analyse: performance.now() - sniffed } };
}

/** Keeps an opened photo for later renders; the oldest is forgotten beyond `kept`. */
export function keep(opened: Opened): number {
  const id = nextId++;
  sessions.set(id, opened);
  for (const old of sessions.keys()) if (sessions.size > kept) forget(old);
  return id;
}

/** Undefined when the session is unknown: this worker never opened it (it was restarted), or it was forgotten. */
export const session = (id: number): Opened | undefined => sessions.get(id);

/** Lets a session go, and the decoded HEIC it may hold. */
export function forget(id: number): void {
  const opened = sessions.get(id);
  sessions.delete(id);
  if (opened?.info.format === 'heic') releaseDecoded();
}
