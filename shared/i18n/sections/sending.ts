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
