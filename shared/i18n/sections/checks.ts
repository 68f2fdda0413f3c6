import type { Strings } from '../strings';

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
  'check.face.framing.pass': 'Tête entière et bien placée dans le cadre.',
  'check.face.framing.cut':
    'Votre tête est coupée par le bord de la photo : reculez un peu et gardez de l’espace au-dessus de vos cheveux.',
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
    'Votre visage est trop loin ou la photo trop petite (agrandie {scale} fois) : rapprochez-vous de l’appareil ou utilisez une photo de meilleure définition.',
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

export const en: Strings<typeof fr> = {
  'check.skip.no_face': 'Cannot be checked without a detected face.',
  'check.face.count.pass': 'Only one face in the photo.',
  'check.face.count.none': 'No face was found: take a front-facing photo with your whole face well lit.',
  'check.face.count.several': 'Several faces in the photo: take it alone, with nobody behind you.',
  'check.face.count.unavailable':
    'Face analysis could not load: check the photo yourself, then try again later.',
  'check.face.framing.pass': 'Whole head, well placed in the frame.',
  'check.face.framing.cut':
    'Your head is cut off by the edge of the photo: step back and leave room above your hair.',
  'check.face.framing.small': 'Your face is too small in the frame: tighten the frame around your head.',
  'check.face.framing.large': 'Your face is too large in the frame: widen the frame to show your whole head.',
  'check.face.framing.off_centre': 'Your face is not centred: put your eyes in the middle of the frame.',
  'check.face.pose.pass': 'Facing the camera.',
  'check.face.pose.turned': 'Your head is turned or tipped (about {angle}°): look straight at the lens.',
  'check.face.pose.rolled': 'Your head is tilted a lot ({angle}°): hold your head straight.',
  'check.face.resolution.pass': 'Enough detail for the card.',
  'check.face.resolution.low':
    'Your face is too far away or the photo too small (enlarged {scale} times): move closer to the camera or use a higher-resolution photo.',
  'check.face.eyes_open.pass': 'Eyes wide open.',
  'check.face.eyes_open.closed':
    'Your eyes look closed or half-closed: keep them wide open and look at the lens.',
  'check.face.mouth_closed.pass': 'Mouth closed.',
  'check.face.mouth_closed.open': 'Your mouth is open: keep it closed with a neutral expression, no smile.',
  'check.image.sharpness.pass': 'Sharp photo.',
  'check.image.sharpness.blurred':
    'The photo is blurred: hold the camera still, focus on the face and take it again.',
  'check.light.exposure.pass': 'Face well exposed.',
  'check.light.exposure.dark': 'Your face is too dark: face a window or a lamp.',
  'check.light.exposure.bright':
    'Your face is too bright: move away from direct light or turn the flash off.',
  'check.light.exposure.clipped':
    'Parts of your face are burnt out ({clipped} %): avoid the flash and direct light.',
  'check.light.uniformity.pass': 'Even light on both sides of the face.',
  'check.light.uniformity.uneven': 'One half of your face is in shadow: face the light, not sideways to it.',
  'check.background.uniform.pass': 'Plain background.',
  'check.background.uniform.busy':
    'The background is not plain: stand in front of a light wall with no pattern.',
  'check.background.colour.pass': 'Light background.',
  'check.background.colour.white':
    'The background is white, which is not allowed: stand in front of a light grey or light blue wall.',
  'check.background.colour.dark':
    'The background is too dark: stand in front of a light wall (light grey or light blue).',
  'check.background.colour.saturated':
    'The background is too colourful: choose a light grey or light blue wall.',
  'check.image.colour.pass': 'Colour photo.',
  'check.image.colour.grey': 'The photo is black and white: use a colour photo.',
  'check.glasses.glare.pass': 'No reflection over the eyes.',
  'check.glasses.glare.glare':
    'Reflections hide your eyes: tilt your glasses slightly, take them off or avoid the flash.',

  'check.output.bytes.pass': 'Photo weight: {size}, under the {max} limit.',
  'check.output.bytes.fail':
    'Even at the strongest compression the photo weighs {size}, more than the {max} accepted. Choose a photo with less detail.',
};
