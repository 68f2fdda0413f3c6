import { makeEngine } from '../../workers/bridge';

/** One engine for the whole app: one worker at most, started on the first photo. */
export const engine = makeEngine();
