import { t } from '../../app/i18n';
import { Wizard } from './Wizard';

/** The card photo: consent, source, framing, checks, sending, follow-up. */
export default function Photo() {
  return (
    <>
      <h1>{t('photo.title')}</h1>
      <Wizard flow="photo" title="photo.title" />
    </>
  );
}
