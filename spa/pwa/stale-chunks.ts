/**
 * A new version takes over without a reload (spa/pwa/register.ts), and the server then holds only its own chunks: a
 * page of the old version that opens a lazy page asks for a chunk that is gone. Vite says so with
 * `vite:preloadError`; one reload brings the new version, and nothing is lost (the wizard and the outbox are in
 * IndexedDB). A second failure soon after is not a version change (offline, server down): the page says it instead
 * (PageFailed), rather than reloading in a loop.
 */
const key = 'trombine.chunkReloadAt';
const quietMs = 30_000;

addEventListener('vite:preloadError', event => {
  const last = Number(sessionStorage.getItem(key) ?? 0);
  if (Date.now() - last < quietMs) return;
  sessionStorage.setItem(key, String(Date.now()));
  event.preventDefault();
  location.reload();
});
