/**
 * French strings, the reference dictionary: `Dict` is derived from it, so English must have every key.
 * Typography (checked by i18n.test.ts): U+202F before ; ! ? and inside « », U+00A0 before : and between a number
 * and its unit, typographic apostrophe ’. Placeholders are {name}.
 */
export const fr = {
  'app.name': 'Trombine',
  'app.tagline': 'Votre photo d’identité acceptée du premier coup',
  'app.skip': 'Aller au contenu',
  'app.nav': 'Navigation principale',
  'app.nav.hub': 'Accueil',
  'app.nav.photo': 'Ma photo',
  'app.lang.switch': 'English',
  'app.lang.switchLabel': 'Read this site in English',
  'app.footer.a11y': 'Accessibilité : partiellement conforme',
  'app.footer.privacy': 'Votre photo ne quitte votre appareil que lorsque vous appuyez sur « Envoyer ».',
  'app.notFound.title': 'Page introuvable',
  'app.notFound.back': 'Revenir à l’accueil',

  'hub.title': 'Que voulez-vous faire ?',
  'hub.profile': 'Établissement',
  'hub.role': 'Je suis',
  'hub.notes': 'Bon à savoir',
  'hub.support': 'Besoin d’aide ?',
  'hub.supportSite': 'Site d’assistance',

  'role.student': 'Étudiant ou étudiante',
  'role.staff': 'Personnel',
  'role.alumni': 'Ancien ou ancienne diplômée',
  'role.recruiter': 'Recruteur ou recruteuse',

  'task.photo': 'Photo de carte',
  'task.badge': 'Badge professionnel',
  'task.card': 'Carte perdue ou volée',
  'task.password': 'Mot de passe',
  'task.image-rights': 'Droit à l’image',
  'task.personal-info': 'Informations personnelles',
  'task.mail': 'Messagerie',
  'task.izly': 'Izly',
  'task.help': 'Assistance',

  'photo.title': 'Ma photo d’identité',
  'photo.intro':
    'Choisissez une photo de face, sur fond clair : elle est recadrée, vérifiée et compressée sur votre appareil.',
  'photo.choose': 'Choisir une photo',
  'photo.formats': 'JPEG, PNG, WebP, HEIC ou GIF, 40 Mo au plus, 300 pixels au moins de côté.',
  'photo.processing': 'Préparation de la photo…',
  'photo.ready': 'Photo prête : {width} × {height} pixels, {size}.',
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

  'upload.error.network':
    'Envoi impossible : la connexion a été perdue. Votre photo est conservée ; réessayez quand le réseau revient.',
  'upload.error.timeout': 'L’envoi a pris trop de temps. Votre photo est conservée ; réessayez.',
  'upload.error.server':
    'Le serveur de l’établissement ne répond pas correctement. Réessayez dans quelques minutes.',
  'upload.error.rejected':
    'Le serveur a refusé la photo ({status}). Choisissez une autre photo ou contactez l’assistance.',
  'upload.retry': 'Réessayer',

  'engine.file.empty': 'Ce fichier est vide. Choisissez une autre photo.',
  'engine.file.too_large':
    'Ce fichier pèse {size}, plus que les 40 Mo acceptés. Choisissez une photo plus légère.',
  'engine.format.unsupported':
    'Ce fichier est au format {format}, qui n’est pas une photo lisible ici. Exportez-la en JPEG puis réessayez.',
  'engine.format.name.text': 'texte',
  'engine.format.name.video': 'vidéo',
  'engine.format.name.unknown': 'inconnu',
  'engine.image.corrupt': 'Cette photo est abîmée et ne peut pas être lue. Exportez-la de nouveau en JPEG.',
  'engine.image.too_many_pixels':
    'Cette image fait {megapixels} mégapixels, plus que les 100 acceptés. Réduisez-la puis réessayez.',
  'engine.image.too_small':
    'Cette photo est trop petite ({width} × {height} pixels) : il faut au moins 300 pixels de côté.',
  'engine.engine.aborted': 'La préparation de la photo a été interrompue.',
  'engine.engine.internal':
    'La préparation de la photo a échoué. Réessayez ; si cela recommence, essayez une autre photo.',

  'check.output.bytes.pass': 'Poids de la photo : {size}, sous la limite de {max}.',
  'check.output.bytes.fail':
    'Même compressée au maximum, la photo pèse {size}, plus que les {max} acceptés. Choisissez une photo moins chargée en détails.',

  'entDemo.title': 'ENT de démonstration',
  'entDemo.intro': 'Cette page remplace l’ENT d’une université pour le profil de démonstration.',
  'entDemo.section': 'Dans un vrai ENT, cette rubrique se trouve dans « Mon compte ».',

  'legal.title': 'Mentions légales',
  'legal.intro':
    'Trombine fonctionne dans votre navigateur grâce aux logiciels libres suivants, fournis avec lui sous leurs propres licences.',
  'legal.software': 'Logiciels tiers',
  'legal.licence': 'Licence :',
  'legal.use.libheif': 'Décode les photos HEIC des iPhone, que Chrome et Firefox ne savent pas lire.',
  'legal.use.pica': 'Redimensionne la photo en gardant sa netteté.',
  'legal.use.comlink': 'Fait dialoguer la page et le moteur photo, qui travaille en arrière-plan.',
  'legal.use.solid': 'Construit l’interface.',
  'legal.use.router': 'Passe d’une page à l’autre sans recharger le site.',
  'legal.use.ky': 'Envoie la photo à l’établissement.',
  'legal.use.valibot': 'Vérifie les profils des établissements.',
  'legal.libheif.title': 'libheif et les photos HEIC',
  'legal.libheif.lazy':
    'libheif est publié sous licence LGPL-3.0. Il n’est téléchargé que lorsque vous ouvrez une photo HEIC, depuis ce site et dans des fichiers séparés du reste du studio.',
  'legal.libheif.source':
    'Son code source, et celui de libheif-js qui le prépare pour les navigateurs, sont disponibles ici :',

  'profile.error.at': '{path} : {message}',
  'profile.error.type': 'valeur attendue : {expected}, reçue : {received}',
  'profile.error.empty': 'ce texte est vide',
  'profile.error.id': 'identifiant invalide (minuscules, chiffres, tirets et points)',
  'profile.error.url': 'adresse invalide (https://…, mailto:, tel: ou un chemin commençant par « / »)',
  'profile.error.origin': 'origine invalide (« https://ent.exemple.fr », sans chemin ni « / » final)',
  'profile.error.range': 'nombre hors des limites ({expected})',
  'profile.error.none': 'il en faut au moins un',
  'profile.error.email': 'adresse électronique invalide',
  'profile.error.phone': 'numéro de téléphone invalide',
  'profile.error.json': 'Ce texte n’est pas du JSON valide.',

  'ext.name': 'Trombine – raccourcis ENT',
  'ext.description':
    'Les démarches de votre compte ENT à un clic : mot de passe, badge, carte perdue, photo et droit à l’image.',
  'ext.action': 'Raccourcis ENT',
  'ext.popup.title': 'Mon compte ENT',
  'ext.popup.empty': 'Aucun lien pour ce rôle.',
} as const satisfies Record<string, string>;

export type Dict = { readonly [K in keyof typeof fr]: string };
export type Key = keyof Dict;
