import type { ErrorCode, OpenOptions, PhotoResult, ProcessOptions, RenderOptions } from '../shared/engine';
import type { PhotoSpec } from '../shared/profiles';
import { releaseDecoded } from './decode/decode';
import { EngineError, errorMessage } from './errors';
import { render } from './render';
import { forget, keep, openPhoto, session, type Opened } from './session';

export type { PhotoResult, ProcessOptions };

/** Errors are answers, in the caller's language: the engine never throws across the worker's boundary. */
async function answering<T>(lang: ProcessOptions['lang'], task: () => Promise<T>) {
  try {
    return await task();
  } catch (error) {
    const known = error instanceof EngineError;
    const code: ErrorCode = known ? error.code : 'engine.internal';
    if (!known) console.error('engine', error);
    const message = errorMessage(lang ?? 'fr', code, known ? error.params : {});
    return { ok: false as const, error: { code, message } };
  }
}

/**
 * Analyses a photo once (sniff, guard, faces, preview) and keeps it in this worker for `renderFrame`: the studio
 * frames the same photo again as the person adjusts it, without decoding and analysing it again.
 */
export const openSession = (file: Blob, options: OpenOptions = {}) =>
  answering(options.lang, async () => ({ ok: true as const, id: keep(await openPhoto(file, options)) }));

/** Undefined when this worker does not know the session (it was restarted): the caller opens the photo again. */
export async function renderFrame(id: number, spec: PhotoSpec, options: RenderOptions = {}) {
  const opened = session(id);
  if (!opened) return undefined;
  const result = await answering<PhotoResult>(options.lang, () => render(opened, spec, options));
  // The first frame of a session carries the opening's cost (sniff, analysis); later ones only their own.
  if (!result.ok || opened.timings.reported) return result;
  opened.timings.reported = true;
  return withOpening(result, opened);
}

export const closeSession = (id: number): void => forget(id);

/** A frame's timings with the opening's added: the sniff counts as decoding, the face analysis as analysing. */
function withOpening(result: PhotoResult & { ok: true }, opened: Opened): PhotoResult {
  const { sniff, analyse } = opened.timings;
  const { timings } = result;
  return {
    ...result,
    timings: {
      ...timings,
      decode: timings.decode + sniff,
      analyse: analyse + timings.analyse,
      total: timings.total + sniff + analyse,
    },
  };
}

/** One photo through decode → analyse → frame → resize → encode → checks, each stage timed. Never throws. */
export function process(file: Blob, spec: PhotoSpec, options: ProcessOptions = {}): Promise<PhotoResult> {
  return answering<PhotoResult>(options.lang, async () => {
    try {
      const opened = await openPhoto(file, options);
      const result = await render(opened, spec, options);
      return result.ok ? withOpening(result, opened) : result;
    } finally {
      releaseDecoded();
    }
  });
}
