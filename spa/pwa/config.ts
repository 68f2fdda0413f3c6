import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { faceCacheName } from '../../shared/engine';

/**
 * The app shell (HTML, the hashed JS and CSS, the photo engine's worker, the icon) is precached: after one visit the
 * studio opens with no network. Not precached, so a first visit stays light: the HEIC decoder (libheif, LGPL, about
 * 1.4 MB) and the face models under /human/; they are cached the first time they are used.
 * /api is never the service worker's: a request it intercepted would lose its upload progress events.
 */
export function pwa(): Plugin[] {
  return VitePWA({
    registerType: 'autoUpdate',
    // Registered by spa/pwa/register.ts: the injected script would be inline (refused by the CSP) or one more request.
    injectRegister: false,
    manifest: {
      name: 'Trombine – photo d’identité universitaire',
      short_name: 'Trombine',
      description: 'Votre photo d’identité acceptée du premier coup, depuis n’importe quel téléphone.',
      lang: 'fr',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#1d4ed8',
      background_color: '#ffffff',
      // PNGs drawn by scripts/make-icons.mjs: launchers want 192 and 512 px, and a maskable one to fill their shape.
      icons: [
        { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: '/icons/192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icons/512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg}'],
      globIgnores: ['**/*heic*', '**/*libheif*', '**/*human*', 'human/**'],
      navigateFallback: '/index.html',
      navigateFallbackDenylist: [/^\/api\//],
      // Set by hand: vite-plugin-pwa only sets them for autoUpdate when it injects the registration itself.
      skipWaiting: true,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          // Face models: large, immutable; the page fills this cache itself (spa/analysis), resuming cut downloads.
          urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/human/'),
          handler: 'CacheFirst',
          options: {
            cacheName: faceCacheName,
            expiration: { maxEntries: 40 },
            cacheableResponse: { statuses: [200] },
          },
        },
        {
          // Lazy chunks left out of the precache (the HEIC decoder): hashed names, so a cached copy is never stale.
          urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/assets\/.+\.(js|wasm)$/.test(url.pathname),
          handler: 'CacheFirst',
          options: {
            cacheName: 'trombine-lazy',
            expiration: { maxEntries: 20 },
            cacheableResponse: { statuses: [200] },
          },
        },
      ],
    },
  });
}
