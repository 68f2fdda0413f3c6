// What each check says, by outcome: what is wrong and what to do (workers/checks/).
export const fr = {
  'check.skip.no_face': 'Vérification impossible sans visage détecté.',
  'check.face.count.pass': 'Un seul visage sur la photo.',
  'check.face.count.none':
    'Aucun visage n’a été trouvé : prenez une photo de face, visage bien éclairé et entier.',
  'check.face.count.several':
    'Plusieurs visages sur la photo : prenez-vous seul, sans autre personne derrière vous.',
  'check.face.count.unavailable':
    'L’analyse du visage n’a pas pu se charger : vérifiez vous-même la photo, puis réessayez plus tard.',
  'check.face.count.later':
    'L’analyse du visage se télécharge encore (première utilisation) : les vérifications du visage suivront d’elles-mêmes.',
  'check.face.framing.pass': 'Tête entière et bien placée dans le cadre.',
  'check.face.framing.cut':
    'Votre tête est coupée par le bord de la photo : reculez un peu et gardez de l’espace au-dessus de vos cheveux.',
  'check.face.framing.edge':
    'Votre tête est trop près du bord de la photo pour la cadrer : reculez-vous (ou éloignez l’appareil) pour laisser de l’espace autour de la tête et des épaules.',
  'check.face.framing.tight':
    'Il reste peu de place au-dessus de vos cheveux : la photo passe, mais reculez un peu si vous la reprenez.',
  'check.face.framing.small':
    'Votre visage est trop petit dans le cadre : resserrez le cadre autour de la tête.',
  'check.face.framing.large':
    'Votre visage est trop grand dans le cadre : élargissez le cadre pour montrer toute la tête.',
  'check.face.framing.off_centre': 'Votre visage n’est pas centré : placez vos yeux au milieu du cadre.',
  'check.face.pose.pass': 'Visage de face.',
  'check.face.pose.turned':
    'Votre tête est tournée ou penchée (environ {angle}°) : regardez l’objectif bien en face.',
  'check.face.pose.rolled': 'Votre tête est très inclinée ({angle}°) : tenez la tête droite.',
  'check.face.resolution.pass': 'Assez de détails pour la carte.',
  'check.face.resolution.low':
    'Votre visage est trop loin ou la photo trop petite (agrandie de {percent} %) : rapprochez-vous de l’appareil ou utilisez une photo de meilleure définition.',
  'check.face.eyes_open.pass': 'Yeux bien ouverts.',
  'check.face.eyes_open.closed':
    'Vos yeux semblent fermés ou mi-clos : gardez les yeux grands ouverts en regardant l’objectif.',
  'check.face.mouth_closed.pass': 'Bouche fermée.',
  'check.face.mouth_closed.open':
    'Votre bouche est ouverte : gardez la bouche fermée et une expression neutre, sans sourire.',
  'check.image.sharpness.pass': 'Photo nette.',
  'check.image.sharpness.blurred':
    'La photo est floue : tenez l’appareil immobile, faites la mise au point sur le visage et reprenez-la.',
  'check.light.exposure.pass': 'Visage bien exposé.',
  'check.light.exposure.dark': 'Votre visage est trop sombre : placez-vous face à une fenêtre ou une lampe.',
  'check.light.exposure.bright':
    'Votre visage est trop clair : éloignez-vous de la lumière directe ou coupez le flash.',
  'check.light.exposure.clipped':
    'Des zones du visage sont brûlées ({clipped} %) : évitez le flash et la lumière directe.',
  'check.light.uniformity.pass': 'Éclairage égal des deux côtés du visage.',
  'check.light.uniformity.uneven':
    'Une moitié du visage est dans l’ombre : mettez-vous face à la lumière, pas de côté.',
  'check.background.uniform.pass': 'Fond uni.',
  'check.background.uniform.busy': 'Le fond n’est pas uni : placez-vous devant un mur clair et sans motif.',
  'check.background.colour.pass': 'Fond clair.',
  'check.background.colour.white':
    'Le fond est blanc, ce qui est interdit : placez-vous devant un mur gris clair ou bleu clair.',
  'check.background.colour.near_white':
    'Le fond est presque blanc et pourrait paraître blanc sur la carte : préférez un mur gris clair ou bleu clair.',
  'check.background.colour.dark':
    'Le fond est trop sombre : placez-vous devant un mur clair (gris clair ou bleu clair).',
  'check.background.colour.saturated':
    'Le fond est trop coloré : choisissez un mur gris clair ou bleu clair.',
  'check.image.colour.pass': 'Photo en couleurs.',
  'check.image.colour.grey': 'La photo est en noir et blanc : utilisez une photo en couleurs.',
  'check.glasses.glare.pass': 'Pas de reflet sur les yeux.',
  'check.glasses.glare.glare':
    'Des reflets cachent vos yeux : inclinez légèrement vos lunettes, retirez-les ou évitez le flash.',

  'check.output.bytes.pass': 'Poids de la photo : {size}, sous la limite de {max}.',
  'check.output.bytes.fail':
    'Même compressée au maximum, la photo pèse {size}, plus que les {max} acceptés. Choisissez une photo moins chargée en détails.',
} as const satisfies Record<string, string>;
