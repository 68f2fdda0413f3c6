/**
 * A new version takes over without a reload (spa/pwa/register.ts), and the server then holds only its own chunks: a
 * page of the old version that opens a lazy page, or starts the photo engine's worker, asks for a file that is gone.
 * One reload brings the new version, and nothing is lost (the wizard and the outbox are in IndexedDB). A second
 * failure soon after is not a version change (offline, server down): the page says it instead (PageFailed, the
 * engine's message), rather than reloading in a loop.
 */
const key = 'trombine.chunkReloadAt';
const quietMs = 30_000;

/** Reloads the page into the new version, unless that was tried less than `quietMs` ago; says whether it did. */
export function reloadForNewVersion(): boolean {
  const last = Number(sessionStorage.getItem(key) ?? 0);
  if (Date.now() - last < quietMs) return false;
  sessionStorage.setItem(key, String(Date.now()));
  location.reload();
  return true;
}

// Vite's word for a lazy chunk that could not be fetched.
addEventListener('vite:preloadError', event => {
  if (reloadForNewVersion()) event.preventDefault();
});
