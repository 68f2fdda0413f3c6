import type { Strings } from '../strings';
import type { fr } from './photo';

export const en: Strings<typeof fr> = {
  'photo.title': 'My ID photo',
  'photo.intro':
    'Choose a front-facing photo on a light background: it is cropped, checked and compressed on your device.',
  'photo.choose': 'Choose a photo',
  'photo.formats': 'JPEG, PNG, WebP, HEIC or GIF, at most 40 MB, at least 300 pixels per side.',
  'photo.processing': 'Preparing the photo…',
  'photo.preview': 'Preview of your cropped photo',
  'photo.send': 'Send',
  'photo.sending': 'Sending…',
  'photo.sent': 'Photo received (no. {id}). The schooling office will review it.',
  'photo.status.pending_review': 'Awaiting review',
  'photo.status.validated': 'Validated',
  'photo.status.rejected': 'Rejected',
  'photo.status.superseded': 'Replaced by a newer photo',
  'photo.status': 'Status: {status}.',
  'photo.consent.legend': 'Image rights: where may your photo appear?',
  'photo.handoff.title': 'Upload the photo on the ENT',
  'photo.handoff.save': 'Save the photo',
  'photo.handoff.open': 'Open the ENT photo page',
  'photo.handoff.steps': 'On the ENT:',
};
