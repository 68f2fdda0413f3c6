import type { Strings } from '../strings';

export const fr = {
  'photo.title': 'Ma photo d’identité',
  'photo.intro':
    'Choisissez une photo de face, sur fond clair : elle est recadrée, vérifiée et compressée sur votre appareil.',
  'photo.choose': 'Choisir une photo',
  'photo.formats': 'JPEG, PNG, WebP, HEIC ou GIF, 40 Mo au plus, 300 pixels au moins de côté.',
  'photo.processing': 'Préparation de la photo…',
  'photo.preview': 'Aperçu de votre photo recadrée',
  'photo.send': 'Envoyer',
  'photo.sending': 'Envoi en cours…',
  'photo.sent': 'Photo reçue (n° {id}). Elle sera vérifiée par le service de scolarité.',
  'photo.status.pending_review': 'En attente de vérification',
  'photo.status.validated': 'Validée',
  'photo.status.rejected': 'Refusée',
  'photo.status': 'Statut : {status}.',
  'photo.consent.legend': 'Droit à l’image : où votre photo peut-elle apparaître ?',
  'photo.handoff.title': 'Déposez la photo sur l’ENT',
  'photo.handoff.save': 'Enregistrer la photo',
  'photo.handoff.open': 'Ouvrir la page photo de l’ENT',
  'photo.handoff.steps': 'Sur l’ENT :',
} as const satisfies Record<string, string>;

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
  'photo.status': 'Status: {status}.',
  'photo.consent.legend': 'Image rights: where may your photo appear?',
  'photo.handoff.title': 'Upload the photo on the ENT',
  'photo.handoff.save': 'Save the photo',
  'photo.handoff.open': 'Open the ENT photo page',
  'photo.handoff.steps': 'On the ENT:',
};
