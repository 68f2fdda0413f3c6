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
