import type { Dict } from './fr';
import * as sections from './sections';

export const en: Dict = {
  ...sections.app.en,
  ...sections.photo.en,
  ...sections.engine.en,
  ...sections.checks.en,
  ...sections.studio.en,
  ...sections.sending.en,
  ...sections.ext.en,
};
