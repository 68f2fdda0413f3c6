import { createEffect, createRoot, createSignal } from 'solid-js';
import { pickLang, translate, type Key, type Lang, type Params } from '../../shared/i18n';

const storageKey = 'trombine.lang';

/** The page's language: the person's choice, else the browser's, else French. Kept across visits. */
export const [lang, setLang] = createSignal<Lang>(
  pickLang([localStorage.getItem(storageKey) ?? '', ...navigator.languages]),
);

/** `t('photo.send')` in the current language, reactive where it is read. */
export const t = (key: Key, params?: Params): string => translate(lang(), key, params);

createRoot(() =>
  createEffect(() => {
    localStorage.setItem(storageKey, lang());
    document.documentElement.lang = lang(); // RGAA 8.3: the page's language follows the text's
  }),
);
