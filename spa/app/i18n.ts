import { createEffect, createRoot, createSignal } from 'solid-js';
import { fill, type Params } from '../../shared/i18n/format';
import { fr, type Dict, type Key } from '../../shared/i18n/fr';
import { pickLang, type Lang } from '../../shared/i18n/lang';

const storageKey = 'trombine.lang';

/**
 * French is in the shell; English, for the few who read it, is a chunk fetched the first time the page picks it
 * (precached by the service worker like every chunk, so it works offline after that).
 */
const dictionaries: Partial<Record<Lang, Dict>> = { fr };
const loadEnglish = async (): Promise<Dict> => (await import('../../shared/i18n/en')).en;

const [shown, show] = createSignal<Lang>('fr');
/** The page's language: the one asked for, once its dictionary is here; French until then, so no page is half-English. */
export const lang = shown;
/** A language asked for whose dictionary could not be fetched (offline before any visit in it): the page says so. */
export const [unavailable, setUnavailable] = createSignal<Lang>();

let wanted: Lang = 'fr';

/**
 * Switches the page to `next` once its dictionary is loaded, at once if it already is. Kept across visits when the
 * person chose it (`remember`), not when the page picked it at start.
 */
export function setLang(next: Lang, remember = true): Promise<void> {
  wanted = next;
  if (remember) localStorage.setItem(storageKey, next);
  const switched = () => {
    if (wanted !== next) return; // another language was asked for meanwhile
    setUnavailable(undefined);
    show(next);
  };
  if (dictionaries[next]) {
    switched();
    return Promise.resolve();
  }
  // Only English can be missing: French is in the shell.
  return loadEnglish().then(
    dictionary => {
      dictionaries[next] = dictionary;
      switched();
    },
    () => {
      if (wanted === next) setUnavailable(next);
    },
  );
}

/** `t('photo.send')` in the current language, reactive where it is read. */
export const t = (key: Key, params?: Params): string => fill((dictionaries[lang()] ?? fr)[key], params);

/** Settles once the page's first language shows (at once for French): the first paint waits for it (main.tsx). */
export const firstLanguage = setLang(
  pickLang([localStorage.getItem(storageKey) ?? '', ...navigator.languages]),
  false,
);

createRoot(() =>
  createEffect(() => {
    document.documentElement.lang = lang(); // RGAA 8.3: the page's language follows the text's
  }),
);
