export const fr = {
  'app.name': 'Trombine',
  'app.tagline': 'Votre photo d’identité acceptée du premier coup',
  'app.skip': 'Aller au contenu',
  'app.nav': 'Navigation principale',
  'app.nav.hub': 'Accueil',
  'app.nav.photo': 'Ma photo',
  'app.lang.switch': 'English',
  'app.lang.switchLabel': 'Read this site in English',
  'app.lang.unavailable':
    'La version anglaise n’a pas pu être chargée. Réessayez quand la connexion sera revenue.',
  'app.lang.unavailableOther': 'The English version could not be loaded. Try again once you are back online.',
  'app.erase.title': 'Vos données sur cet appareil',
  'app.erase.what':
    'Trombine garde sur cet appareil, jusqu’à ce que vous les effaciez, votre photo en cours (l’originale jusqu’à l’étape d’envoi, puis la photo recadrée), vos réponses sur le droit à l’image, le suivi de vos dépôts et vos réglages. Sur un ordinateur partagé, effacez-les en partant.',
  'app.erase': 'Effacer mes données de cet appareil',
  'app.erase.confirm':
    'Effacer de cet appareil vos photos, vos réponses et vos réglages de Trombine\u202f? Ce qui a déjà été envoyé à l’établissement n’est pas concerné.',
  'app.erase.done': 'Les données de Trombine sur cet appareil sont effacées.',
  'app.erase.waiting':
    'Les photos en attente d’envoi ({count}) restent jusqu’à leur envoi\u00a0: effacez de nouveau ensuite.',
  'app.forget.what':
    'Vos photos déjà envoyées sont gardées par l’établissement le temps de faire votre carte. Vous pouvez les faire supprimer à tout moment (RGPD).',
  'app.forget': 'Supprimer mes photos envoyées',
  'app.forget.confirm':
    'Supprimer de Trombine toutes les photos que vous avez envoyées, et leur suivi ? Une carte déjà en fabrication n’est pas arrêtée : voyez-le avec la scolarité.',
  'app.forget.done': 'Vos photos envoyées sont supprimées ({count}).',
  'app.forget.failed': 'La suppression n’a pas pu se faire : vérifiez le réseau, puis réessayez.',
  'app.footer.a11y': 'Accessibilité : partiellement conforme',
  'app.footer.privacy': 'Votre photo ne quitte votre appareil que lorsque vous appuyez sur « Envoyer ».',
  'app.me': 'Connecté·e : {name}',
  'app.me.signin': 'Se connecter',
  'signin.title': 'Connexion de démonstration',
  'signin.demo':
    'Démonstration : ici, pas de mot de passe, choisissez une personne. Dans un établissement, c’est son service d’authentification (CAS ou Shibboleth) qui dit qui vous êtes.',
  'signin.as': 'Se connecter comme {name}',
  'signin.preset.student': 'Camille Martin, étudiante',
  'signin.preset.staff': 'Karim Benali, personnel',
  'signin.preset.reviewer': 'Service de la scolarité, revue des photos',
  'signin.other': 'Ou une autre personne',
  'signin.name': 'Nom affiché',
  'signin.login': 'Identifiant',
  'signin.login.hint': 'Lettres, chiffres et . @ + - _, comme « cmartin@univ.fr ».',
  'signin.email': 'Adresse électronique (facultative, pour recevoir les messages)',
  'signin.submit': 'Se connecter',
  'signin.current': 'Vous êtes connecté·e comme {name}.',
  'signin.out': 'Se déconnecter',
  'signin.error.login': 'Identifiant invalide : lettres, chiffres et . @ + - _ seulement, 128 au plus.',
  'signin.error.sso':
    'Ici, la connexion passe par le service d’authentification de votre établissement : rechargez la page.',
  'signin.error.network': 'Connexion impossible : vérifiez le réseau, puis réessayez.',
  'app.notFound.title': 'Page introuvable',
  'app.notFound.back': 'Revenir à l’accueil',
  'app.pageFailed.title': 'Cette page n’a pas pu s’ouvrir',
  'app.pageFailed.text':
    'Vérifiez votre connexion, puis réessayez. Votre photo et vos choix sont gardés sur cet appareil.',
  'app.pageFailed.retry': 'Réessayer',

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
  'profile.error.origin':
    'origine invalide (« https://ent.exemple.fr », en https, sans chemin ni « / » final)',
  'profile.error.range': 'nombre hors des limites ({expected})',
  'profile.error.none': 'il en faut au moins un',
  'profile.error.long': 'texte trop long : {max} caractères au plus',
  'profile.error.many': 'trop d’éléments : {max} au plus',
  'profile.error.size': 'profil trop grand\u00a0: {max}\u00a0Ko au plus',
  'profile.error.email': 'adresse électronique invalide',
  'profile.error.phone': 'numéro de téléphone invalide',
  'profile.error.host':
    'nom d’hôte invalide (« mail.exemple.fr », en minuscules, sans « https:// » ni chemin)',
  'profile.error.path':
    'chemin invalide (« /compte/photo », qui commence par « / » et reste sur le même site)',
  'profile.error.selector':
    'sélecteur invalide (« #photo » ou « input[name="photo"] », 120 caractères au plus, sans échappement)',
  'profile.error.json': 'Ce texte n’est pas du JSON valide.',
} as const satisfies Record<string, string>;
