// Types for assets.mjs (plain JavaScript so that web-test-runner.config.mjs can import it too).
import type { Connect, Plugin } from 'vite';

export const humanBase: string;
export const humanFiles: Map<string, Buffer>;
/** What the studio's page downloads (spa/analysis `FaceFile`). */
export function downloadList(): { path: string; bytes: number; wire: number; simd?: boolean }[];
export const serveHuman: Connect.NextHandleFunction;
export function humanAssets(): Plugin;
export function humanTestMiddleware(
  context: { path: string; body: unknown; type: string },
  next: () => Promise<void>,
): Promise<void>;
