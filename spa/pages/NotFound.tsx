import { A } from '@solidjs/router';
import { t } from '../app/i18n';
import { usePageTitle } from '../app/title';

export default function NotFound() {
  usePageTitle('app.notFound.title');
  return (
    <>
      <h1>{t('app.notFound.title')}</h1>
      <p>
        <A href="/">{t('app.notFound.back')}</A>
      </p>
    </>
  );
}
