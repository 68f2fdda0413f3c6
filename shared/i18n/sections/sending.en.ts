import type { Strings } from '../strings';
import type { fr } from './sending';

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
  'upload.error.signin': 'You are not signed in: sign in, your photo is kept and will go afterwards.',
  'upload.signin': 'Sign in to send',
  'upload.refused.wrong_size':
    'The server refused the photo: it is not the expected size. Frame it again, then send it again.',
  'upload.refused.too_heavy':
    'The server refused the photo: it is too heavy. Frame it again, then send it again.',
  'upload.refused.not_colour': 'The server refused the photo: it must be in colour. Choose another photo.',
  'upload.refused.metadata':
    'The server refused the photo: it still carries data from the device (EXIF). Frame it again, then send it again.',
  'upload.refused.not_jpeg': 'The server could not read the photo. Frame it again, then send it again.',
  'upload.refused.blocked':
    'The server refused the photo, which the checks found not compliant. Choose another photo.',
  'upload.refused.consent_version':
    'The image-rights terms have changed: answer the “Image rights” step again, then send the photo again.',
  'upload.refused.consent_choice':
    'Your image-rights choices are no longer offered: answer again, then send the photo again.',
  'upload.refused.not_certified':
    'For a staff badge, tick “I certify that this photo is of me”, then send the photo again.',
  'upload.refused.unknown_profile':
    'This server does not take photos for this university. Check the university you chose.',
  'upload.refused.idempotency_conflict':
    'This sending was already used for another photo. Choose your photo again.',
  'upload.card.title': 'Your card',
  'upload.card.crous': 'Turn on Crous services on my card (meals, Izly payment)',
  'upload.card.european': 'Make my card a European Student Card',
  'upload.card': 'Card: {state}.',
  'upload.card.NEW': 'request received by the card office',
  'upload.card.REQUEST_CHECKED': 'request checked',
  'upload.card.IN_PRINT': 'card in production',
  'upload.card.PRINTED': 'card printed, being prepared',
  'upload.card.IN_ENCODE': 'card being prepared',
  'upload.card.ENCODED': 'card being prepared',
  'upload.card.ENABLED': 'card ready',
  'upload.card.REJECTED': 'request refused',
  'upload.card.CANCELED': 'request cancelled',
  'upload.card.DISABLED': 'card disabled',
  'upload.card.CADUC': 'card expired',
  'upload.card.DESTROYED': 'card destroyed',
  'upload.card.RENEWED': 'card renewed',
  'upload.forward.queued': 'Passed on to the card office, waiting for its answer.',
  'upload.forward.not_allowed':
    'Your university does not allow you to request a card yet: contact the schooling office.',
  'upload.forward.locked':
    'A card request is already being processed: wait until it is done, or contact the schooling office.',
  'upload.forward.invalid': 'The card office could not record the request: contact the schooling office.',
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
