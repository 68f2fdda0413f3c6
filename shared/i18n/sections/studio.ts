/** The studio's pages: the photo wizard, the badge page, the hub's access notes and the accessibility statement. */
export const fr = {
  'studio.steps': 'Étapes',
  'studio.step.of': 'Étape {n} sur {total} : {title}',
  'studio.step.consent': 'Droit à l’image',
  'studio.step.source': 'Photo',
  'studio.step.framing': 'Cadrage',
  'studio.step.checks': 'Vérification',
  'studio.step.send': 'Envoi',
  'studio.step.follow': 'Suivi',
  'studio.back': 'Retour',
  'studio.next': 'Continuer',
  'studio.consent.intro':
    'Avant votre premier dépôt, dites où votre photo peut apparaître en dehors de votre carte. Vous pourrez changer d’avis plus tard.',
  'studio.consent.version': 'Texte en vigueur : version {version}.',
  'studio.consent.receipt': 'Votre réponse du {date} (version {version}) est enregistrée sur cet appareil.',
  'studio.consent.none': 'Si vous ne cochez rien, votre photo ne sert qu’à votre carte.',
  'studio.consent.save': 'Enregistrer mon choix',
  'studio.consent.change': 'Modifier mon choix de droit à l’image',
  'studio.source.take': 'Prendre une photo',
  'studio.source.takeHint':
    'Face à une fenêtre, devant un mur clair, sans lunettes de soleil ni couvre-chef.',
  'studio.source.dropHint': 'Vous pouvez aussi déposer la photo ici ou la coller (Ctrl+V).',
  'studio.source.failed': 'Cette photo ne peut pas devenir une photo de carte. Essayez-en une autre.',
  'studio.camera.title': 'Caméra',
  'studio.camera.starting': 'Démarrage de la caméra… Autorisez-la si votre navigateur le demande.',
  'studio.camera.hint':
    'Placez votre visage dans l’ovale, regardez l’objectif, puis appuyez sur « Prendre la photo ».',
  'studio.camera.dark': 'Image trop sombre : placez-vous face à une fenêtre ou allumez la lumière.',
  'studio.camera.bright': 'Image trop claire : éloignez-vous de la lumière directe.',
  'studio.camera.none': 'Aucun visage détecté : placez votre visage dans l’ovale.',
  'studio.camera.several': 'Plusieurs visages détectés : vous devez être seul ou seule sur la photo.',
  'studio.camera.left': 'Décalez-vous un peu vers votre gauche pour centrer votre visage dans l’ovale.',
  'studio.camera.right': 'Décalez-vous un peu vers votre droite pour centrer votre visage dans l’ovale.',
  'studio.camera.higher': 'Remontez un peu votre visage pour le centrer dans l’ovale.',
  'studio.camera.lower': 'Descendez un peu votre visage pour le centrer dans l’ovale.',
  'studio.camera.closer': 'Approchez-vous : votre visage doit remplir l’ovale.',
  'studio.camera.back': 'Reculez un peu : votre visage dépasse de l’ovale.',
  'studio.camera.straight': 'Tenez la tête droite et regardez l’objectif.',
  'studio.camera.ready': 'Parfait : appuyez sur « Prendre la photo ».',
  'studio.faces.progress': 'Analyse du visage : {received} sur {total}.',
  'studio.faces.later':
    'Vous pouvez continuer : le cadrage automatique et les vérifications du visage se mettront à jour d’eux-mêmes à la fin de ce téléchargement, fait une seule fois.',
  'studio.faces.percent': 'Téléchargement de l’analyse du visage : {percent} %.',
  'studio.faces.retrying':
    'La connexion est coupée : le téléchargement reprendra de lui-même là où il s’est arrêté, dès que le réseau reviendra.',
  'studio.faces.ready': 'Analyse du visage prête : le cadrage et les vérifications sont mis à jour.',
  'studio.faces.held':
    'Votre navigateur demande d’économiser les données : l’analyse du visage ({total}, une seule fois) ne se téléchargera qu’une fois votre photo choisie.',
  'studio.camera.video': 'Image de votre caméra',
  'studio.camera.capture': 'Prendre la photo',
  'studio.camera.stop': 'Arrêter la caméra',
  'studio.camera.denied':
    'L’accès à la caméra a été refusé. Choisissez plutôt une photo enregistrée sur votre appareil, ci-dessous.',
  'studio.camera.missing':
    'Aucune caméra n’est disponible. Choisissez plutôt une photo enregistrée sur votre appareil, ci-dessous.',
  'studio.camera.failed':
    'La caméra n’a pas pu démarrer. Choisissez plutôt une photo enregistrée sur votre appareil, ci-dessous.',
  'studio.framing.intro':
    'Voici votre photo sur la carte. Le visage doit être centré, le haut de la tête et le menton visibles.',
  'studio.framing.keys':
    'Flèches : déplacer. + et − : agrandir ou réduire. [ et ] : tourner de 1°. { et } : tourner de 90°. Ctrl+Z : annuler. Vous pouvez aussi faire glisser la photo.',
  'studio.framing.left': 'Déplacer la photo vers la gauche',
  'studio.framing.right': 'Déplacer la photo vers la droite',
  'studio.framing.up': 'Déplacer la photo vers le haut',
  'studio.framing.down': 'Déplacer la photo vers le bas',
  'studio.framing.zoomIn': 'Agrandir',
  'studio.framing.zoomOut': 'Réduire',
  'studio.framing.rotateLeft': 'Tourner de ↺ 1° vers la gauche',
  'studio.framing.rotateRight': 'Tourner de ↻ 1° vers la droite',
  'studio.framing.quarterLeft': 'Tourner de ↺ 90° vers la gauche',
  'studio.framing.quarterRight': 'Tourner de ↻ 90° vers la droite',
  'studio.framing.undo': 'Annuler la dernière modification',
  'studio.framing.reset': 'Revenir au cadrage automatique',
  'studio.checks.verdict.ok': 'Votre photo respecte toutes les règles vérifiables.',
  'studio.checks.verdict.warnings':
    'Votre photo peut être envoyée, mais lisez d’abord les points à vérifier.',
  'studio.checks.verdict.blocked':
    'Cette photo serait refusée : corrigez les points bloquants avant de l’envoyer.',
  'studio.checks.caption': 'Les numéros sur la photo renvoient aux points de la liste.',
  'studio.checks.fail': 'Bloquant :',
  'studio.checks.warn': 'À vérifier :',
  'studio.checks.pass': 'Conforme :',
  'studio.checks.skip': 'Non vérifié :',
  'studio.checks.reframe': 'Recadrer',
  'studio.checks.another': 'Choisir une autre photo',
  'studio.checks.confirm': 'Ce que nous ne pouvons pas vérifier',
  'studio.checks.readWarnings': 'J’ai lu les points à vérifier et je veux garder cette photo.',
  'studio.checks.covering':
    'Je ne porte ni couvre-chef, ni lunettes teintées (sauf motif religieux ou médical).',
  'studio.checks.recent': 'La photo date de moins de six mois.',
  'studio.checks.missing': 'Cochez les cases ci-dessus pour continuer.',
  'studio.send.size': 'Dimensions',
  'studio.send.pixels': '{width} × {height} pixels',
  'studio.send.weight': 'Poids',
  'studio.send.saved': '({size} économisés)',
  'studio.send.consent': 'Droit à l’image',
  'studio.send.noConsent': 'Carte seulement',
  'studio.send.certify': 'Je certifie que cette photo me représente.',
  'studio.send.certifyHint': 'Obligatoire pour les personnels : le badge donne accès aux locaux.',
  'studio.follow.intro': 'Votre photo est confiée à l’établissement. Son statut s’affiche ci-dessous.',
  'studio.follow.another': 'Déposer une autre photo',
  'studio.follow.rejected': 'Votre photo a été refusée : {reason} Choisissez-en une autre.',
  'studio.badge.title': 'Badge professionnel',
  'studio.badge.intro': 'Préparez la photo de votre badge ici, puis faites la demande sur l’ENT.',
  'studio.access.title': 'Quel accès pour moi ?',
  'studio.access.student': 'Tout l’ENT : carte, photo, messagerie, droit à l’image et assistance.',
  'studio.access.staff': 'Tout l’ENT, plus le badge professionnel, à demander avec une photo certifiée.',
  'studio.access.alumni':
    'Après le diplôme, le compte reste ouvert quelques mois : mot de passe, messagerie et informations personnelles.',
  'studio.access.recruiter':
    'Pas de compte ENT : l’assistance de l’établissement vous oriente vers le bon service.',
  'a11y.title': 'Accessibilité',
  'a11y.intro':
    'Trombine s’engage à rendre son service accessible, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration s’applique au studio photo Trombine.',
  'a11y.state.title': 'État de conformité',
  'a11y.state.text':
    'Trombine est partiellement conforme avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1.2, en raison des points listés ci-dessous.',
  'a11y.results.title': 'Résultats des tests',
  'a11y.results.text':
    'Chaque page et chaque étape, en français et en anglais, est analysée à chaque version par axe-core (critères WCAG 2.1 A et AA) sans aucune erreur, et le parcours complet est testé au clavier seul. L’audit manuel complet n’a pas encore été réalisé.',
  'a11y.gaps.title': 'Contenus non accessibles',
  'a11y.gaps.screenReaders':
    'Les tests de restitution avec NVDA, JAWS, VoiceOver et TalkBack n’ont pas encore été faits.',
  'a11y.gaps.liveHints':
    'Les conseils de la caméra en direct sur la position du visage viennent d’une détection automatique : ils n’apparaissent qu’une fois ses modèles téléchargés (environ 2,1 Mo) et peuvent se tromper dans une lumière difficile.',
  'a11y.made.title': 'Établissement de cette déclaration',
  'a11y.made.date': 'Déclaration établie le 21 novembre 2026.',
  'a11y.made.tech': 'Technologies utilisées : HTML, CSS, JavaScript (SolidJS), WAI-ARIA.',
  'a11y.made.tools':
    'Outils de test : axe-core dans Chromium, navigation au clavier seul, largeur de 320 pixels.',
  'a11y.plan.title': 'Amélioration et plan d’action',
  'a11y.plan.text':
    'Un audit RGAA complet et les tests avec lecteurs d’écran sont prévus avant la mise en service dans chaque établissement.',
  'a11y.contact.title': 'Retour d’information et contact',
  'a11y.contact.text':
    'Si vous n’arrivez pas à accéder à un contenu ou à un service, écrivez à l’assistance de votre établissement : elle vous proposera une autre façon de déposer votre photo.',
  'a11y.appeal.title': 'Voies de recours',
  'a11y.appeal.text':
    'Si vous n’obtenez pas de réponse satisfaisante, vous pouvez saisir le Défenseur des droits.',
  'a11y.appeal.link': 'Écrire au Défenseur des droits',
} as const satisfies Record<string, string>;
