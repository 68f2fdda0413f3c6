import type { PhotoSpec } from '../../shared/profiles';

/**
 * Sent by the photo-form helper when it starts (ent-photo.iife.ts), answered by the background (background/ent-page.ts)
 * with an EntPage, or null anywhere but the chosen profile's photo page.
 */
export const entPageRequest = 'trombine:ent-page';

/** What the helper needs, and all it gets: it reads no storage (storage is for the extension's own pages). */
export type EntPage = { photo: PhotoSpec; input: string };
