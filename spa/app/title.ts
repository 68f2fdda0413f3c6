import { createEffect } from 'solid-js';
import type { Key } from '../../shared/i18n';
import { t } from './i18n';

/** RGAA 8.6: each page's title says where the person is, in their language. */
export const usePageTitle = (key: Key) =>
  createEffect(() => {
    document.title = `${t(key)} – ${t('app.name')}`;
  });
