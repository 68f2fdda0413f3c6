/**
 * The e-mails the intake sends a person about their photo: on deposit, and on each decision of the office that checks
 * it. Read by node alone (spa/intake/mail), so fr.ts does not merge them into the studio's dictionaries.
 */
export const fr = {
  'mail.hello': 'Bonjour {name},',
  'mail.hello.anonymous': 'Bonjour,',
  'mail.received.subject': 'Votre photo est bien arrivée',
  'mail.received.body':
    '{institution} a bien reçu la photo que vous avez déposée le {date}. Elle va être vérifiée : vous recevrez un autre message dès qu’elle sera validée ou refusée.',
  'mail.validated.subject': 'Votre photo est validée',
  'mail.validated.body':
    '{institution} a validé la photo que vous avez déposée le {date}. Elle servira pour votre carte : vous n’avez plus rien à faire.',
  'mail.rejected.subject': 'Votre photo n’a pas été acceptée',
  'mail.rejected.body': '{institution} n’a pas pu accepter la photo que vous avez déposée le {date}.',
  'mail.rejected.reasons': 'Ce qui ne va pas :',
  'mail.rejected.note': 'Le mot de la personne qui a vérifié votre photo :',
  'mail.rejected.next': 'Déposez une nouvelle photo depuis Trombine, qui vérifie ces points avant l’envoi.',
  'mail.reason.cropped': 'Le visage est coupé ou trop petit',
  'mail.reason.profile': 'Le visage n’est pas de face',
  'mail.reason.quality': 'La photo est floue ou de mauvaise qualité',
  'mail.reason.light': 'La lumière est trop sombre, trop forte ou inégale',
  'mail.reason.background': 'Le fond n’est pas uni ou n’est pas de la bonne couleur',
  'mail.reason.accessories': 'Un reflet sur des lunettes ou un accessoire cache une partie du visage',
  'mail.reason.expression': 'Les yeux sont fermés ou la bouche est ouverte',
  'mail.reason.colour': 'La photo n’est pas en couleur',
  'mail.reason.person': 'La photo ne montre pas une seule personne',
  'mail.reason.other': 'Un autre motif',
  'mail.link': 'Suivre ma photo dans Trombine',
  'mail.link.text': 'Suivre votre photo dans Trombine : {url}',
  'mail.reference': 'Référence de votre dépôt : {id}',
  'mail.support.email': 'Une question ? Écrivez à {email}.',
  'mail.support.url': 'Une question ? L’assistance vous répond ici : {url}',
  'mail.automatic': 'Ce message est envoyé automatiquement : merci de ne pas y répondre.',
} as const satisfies Record<string, string>;
