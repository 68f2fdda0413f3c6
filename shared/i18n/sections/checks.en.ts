import type { Strings } from '../strings';
import type { fr } from './checks';

export const en: Strings<typeof fr> = {
  'check.skip.no_face': 'Cannot be checked without a detected face.',
  'check.face.count.pass': 'Only one face in the photo.',
  'check.face.count.none': 'No face was found: take a front-facing photo with your whole face well lit.',
  'check.face.count.several': 'Several faces in the photo: take it alone, with nobody behind you.',
  'check.face.count.unavailable':
    'Face analysis could not load: check the photo yourself, then try again later.',
  'check.face.count.later':
    'Face analysis is still downloading (first use): the face checks will follow by themselves.',
  'check.face.framing.pass': 'Whole head, well placed in the frame.',
  'check.face.framing.cut':
    'Your head is cut off by the edge of the photo: step back and leave room above your hair.',
  'check.face.framing.edge':
    'Your head is too close to the edge of the photo to frame it: step back (or hold the camera further away) to leave space around your head and shoulders.',
  'check.face.framing.tight':
    'There is little room above your hair: the photo will do, but step back a little if you take it again.',
  'check.face.framing.small': 'Your face is too small in the frame: tighten the frame around your head.',
  'check.face.framing.large': 'Your face is too large in the frame: widen the frame to show your whole head.',
  'check.face.framing.off_centre': 'Your face is not centred: put your eyes in the middle of the frame.',
  'check.face.pose.pass': 'Facing the camera.',
  'check.face.pose.turned': 'Your head is turned or tipped (about {angle}°): look straight at the lens.',
  'check.face.pose.rolled': 'Your head is tilted a lot ({angle}°): hold your head straight.',
  'check.face.resolution.pass': 'Enough detail for the card.',
  'check.face.resolution.low':
    'Your face is too far away or the photo too small (enlarged by {percent}%): move closer to the camera or use a higher-resolution photo.',
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
  'check.background.colour.near_white':
    'The background is almost white and could print as white on the card: a light grey or light blue wall is better.',
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
