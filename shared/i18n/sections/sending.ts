import type { Strings } from '../strings';

/** Sending the photo, the outbox of photos waiting for the network, and the review's status. */
export const fr = {
  'upload.progress': 'Envoi en cours : {percent} %',
  'upload.progress.label': 'Progression de l’envoi',
  'upload.queued':
    'Votre photo est gardée sur cet appareil et partira d’elle-même au retour du réseau, ou à votre prochaine visite.',
  'upload.queued.offline': 'Vous êtes hors ligne.',
  'upload.queued.earlier': 'Cette photo n’est pas encore partie.',
  'upload.reason': 'Motif : {reason}',
  'upload.rejected.again': 'Choisir une autre photo',
  'upload.retry': 'Réessayer maintenant',
  'upload.error.network': 'La connexion a été perdue.',
  'upload.error.timeout': 'L’envoi a pris trop de temps.',
  'upload.error.server': 'Le serveur de l’établissement ne répond pas correctement.',
  'upload.error.rejected':
    'Le serveur a refusé la photo ({status}). Choisissez une autre photo ou contactez l’assistance.',
  'upload.error.storage':
    'Envoi impossible, et la photo n’a pas pu être gardée sur cet appareil. Restez sur cette page et réessayez dans un moment.',
  'upload.outbox.title': 'Photos en attente d’envoi : {count}',
  'upload.outbox.item': 'Photo du {date}, {size}',
  'upload.outbox.online': 'Le réseau est revenu : l’envoi reprend.',
  'upload.outbox.offline':
    'Hors ligne : elles partiront d’elles-mêmes au retour du réseau. Gardez cette application ouverte ou revenez-y plus tard.',
  'upload.outbox.retry': 'Envoyer maintenant',
  'upload.outbox.sent': 'Votre photo en attente a été envoyée (n° {id}).',
  'upload.outbox.refused':
    'Votre photo en attente a été refusée par le serveur ({status}). Ouvrez « Ma photo » pour en choisir une autre.',
} as const satisfies Record<string, string>;

export const en: Strings<typeof fr> = {
  'upload.progress': 'Sending: {percent}%',
  'upload.progress.label': 'Upload progress',
  'upload.queued':
    'Your photo is kept on this device and will be sent by itself when the network is back, or on your next visit.',
  'upload.queued.offline': 'You are offline.',
  'upload.queued.earlier': 'This photo has not been sent yet.',
  'upload.reason': 'Reason: {reason}',
  'upload.rejected.again': 'Choose another photo',
  'upload.retry': 'Try again now',
  'upload.error.network': 'The connection was lost.',
  'upload.error.timeout': 'Sending took too long.',
  'upload.error.server': 'The institution’s server is not answering properly.',
  'upload.error.rejected':
    'The server refused the photo ({status}). Choose another photo or contact support.',
  'upload.error.storage':
    'Could not send, and the photo could not be kept on this device. Stay on this page and try again in a moment.',
  'upload.outbox.title': 'Photos waiting to be sent: {count}',
  'upload.outbox.item': 'Photo of {date}, {size}',
  'upload.outbox.online': 'The network is back: sending resumes.',
  'upload.outbox.offline':
    'Offline: they will be sent by themselves when the network is back. Keep this app open or come back later.',
  'upload.outbox.retry': 'Send now',
  'upload.outbox.sent': 'Your waiting photo has been sent (no. {id}).',
  'upload.outbox.refused':
    'Your waiting photo was refused by the server ({status}). Open “My photo” to choose another.',
};
