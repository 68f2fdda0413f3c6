import type { Dict } from './fr';
import { en as app } from './sections/app.en';
import { en as checks } from './sections/checks.en';
import { en as engine } from './sections/engine.en';
import { en as ext } from './sections/ext.en';
import { en as photo } from './sections/photo.en';
import { en as review } from './sections/review.en';
import { en as sending } from './sections/sending.en';
import { en as studio } from './sections/studio.en';

/** English, a module of its own: the studio loads it only when the page picks English (spa/app/i18n.ts). */
export const en: Dict = { ...app, ...photo, ...engine, ...checks, ...studio, ...sending, ...review, ...ext };
