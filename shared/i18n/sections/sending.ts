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
  'upload.error.signin':
    'Vous n’êtes pas connecté·e : connectez-vous, votre photo est gardée et partira ensuite.',
  'upload.signin': 'Se connecter pour envoyer',
  'upload.refused.wrong_size':
    'Le serveur a refusé la photo : elle n’a pas la taille attendue. Refaites le recadrage, puis renvoyez-la.',
  'upload.refused.too_heavy':
    'Le serveur a refusé la photo : elle est trop lourde. Refaites le recadrage, puis renvoyez-la.',
  'upload.refused.not_colour':
    'Le serveur a refusé la photo : elle doit être en couleur. Choisissez une autre photo.',
  'upload.refused.metadata':
    'Le serveur a refusé la photo : elle contient encore des données de l’appareil (EXIF). Refaites le recadrage, puis renvoyez-la.',
  'upload.refused.not_jpeg': 'Le serveur n’a pas pu lire la photo. Refaites le recadrage, puis renvoyez-la.',
  'upload.refused.blocked':
    'Le serveur a refusé la photo, que les vérifications ont jugée non conforme. Choisissez une autre photo.',
  'upload.refused.consent_version':
    'Les conditions du droit à l’image ont changé : répondez de nouveau à l’étape « Droit à l’image », puis renvoyez la photo.',
  'upload.refused.consent_choice':
    'Vos choix sur le droit à l’image ne sont plus proposés : répondez de nouveau, puis renvoyez la photo.',
  'upload.refused.not_certified':
    'Pour un badge du personnel, cochez « Je certifie que cette photo me représente », puis renvoyez la photo.',
  'upload.refused.unknown_profile':
    'Ce serveur ne prend pas les photos de cet établissement. Vérifiez l’établissement choisi.',
  'upload.refused.idempotency_conflict':
    'Cet envoi a déjà servi pour une autre photo. Choisissez de nouveau votre photo.',
  'upload.card.title': 'Votre carte',
  'upload.card.crous': 'Activer les services du Crous sur ma carte (restauration, paiement Izly)',
  'upload.card.european': 'Faire de ma carte une carte étudiante européenne',
  'upload.card': 'Carte : {state}.',
  'upload.card.NEW': 'demande reçue par le service des cartes',
  'upload.card.REQUEST_CHECKED': 'demande vérifiée',
  'upload.card.IN_PRINT': 'carte en fabrication',
  'upload.card.PRINTED': 'carte imprimée, en préparation',
  'upload.card.IN_ENCODE': 'carte en préparation',
  'upload.card.ENCODED': 'carte en préparation',
  'upload.card.ENABLED': 'carte prête',
  'upload.card.REJECTED': 'demande refusée',
  'upload.card.CANCELED': 'demande annulée',
  'upload.card.DISABLED': 'carte désactivée',
  'upload.card.CADUC': 'carte expirée',
  'upload.card.DESTROYED': 'carte détruite',
  'upload.card.RENEWED': 'carte renouvelée',
  'upload.forward.queued': 'Transmise au service des cartes, en attente de sa réponse.',
  'upload.forward.not_allowed':
    'Votre établissement ne vous autorise pas encore à demander une carte : contactez la scolarité.',
  'upload.forward.locked':
    'Une demande de carte est déjà en cours de traitement : attendez qu’elle aboutisse, ou contactez la scolarité.',
  'upload.forward.invalid':
    'Le service des cartes n’a pas pu enregistrer la demande : contactez la scolarité.',
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
