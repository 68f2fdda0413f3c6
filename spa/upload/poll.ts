import { checkStatus } from './deposits';

const firstDelay = 3000;
const longestDelay = 60_000;

/**
 * Follows a received photo's review until it is validated or rejected: soon at first (a reviewer may be on it),
 * then less and less often; never while the tab is hidden, at once when it comes back. Returns the stop.
 */
export function pollStatus(key: string, endpoint: string): () => void {
  let delay = firstDelay;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const tick = async () => {
    timer = undefined;
    if (document.hidden) return;
    if (await checkStatus(key, endpoint)) return stop();
    if (!stopped) timer = setTimeout(() => void tick(), (delay = Math.min(delay * 1.5, longestDelay)));
  };
  const onVisible = () => {
    if (!document.hidden && !timer && !stopped) void tick();
  };
  function stop() {
    stopped = true;
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisible);
  }
  document.addEventListener('visibilitychange', onVisible);
  timer = setTimeout(() => void tick(), delay);
  return stop;
}
