/** Said by an idle worker just before it ends itself (engine.worker.ts), so the bridge replays a call it missed. */
export const idleExitMessage = 'trombine:idle-exit';
