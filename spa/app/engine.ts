import { makeEngine } from '../../workers/bridge';
import { reloadForNewVersion } from '../pwa/stale-chunks';

/**
 * One engine for the whole app: one worker at most, started on the first photo. A worker whose script is gone
 * (the page was left open across a new version) reloads the page into the new one.
 */
export const engine = makeEngine({ onUnloadable: reloadForNewVersion });
