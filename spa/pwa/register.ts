/**
 * Registers the service worker made by vite-plugin-pwa (spa/pwa/config.ts), in the built app only. A new version
 * takes over without reloading the page: reloading could cut a photo's upload short.
 */
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined));
}
