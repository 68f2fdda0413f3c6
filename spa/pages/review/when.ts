import type { Lang } from '../../../shared/i18n/lang';
import { lang } from '../../app/i18n';

const locales: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** A moment as people read it in the page's language: « 3 septembre 2026 à 10:02 », "3 September 2026 at 10:02". */
export const when = (iso: string) =>
  new Intl.DateTimeFormat(locales[lang()], { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
