import type { Strings } from '../strings';
import type { fr } from './mail';

export const en: Strings<typeof fr> = {
  'mail.hello': 'Hello {name},',
  'mail.hello.anonymous': 'Hello,',
  'mail.received.subject': 'Your photo has arrived',
  'mail.received.body':
    '{institution} has received the photo you uploaded on {date}. It will now be checked: you will get another message as soon as it is approved or refused.',
  'mail.validated.subject': 'Your photo has been approved',
  'mail.validated.body':
    '{institution} has approved the photo you uploaded on {date}. It will be used for your card: there is nothing more for you to do.',
  'mail.rejected.subject': 'Your photo was not accepted',
  'mail.rejected.body': '{institution} could not accept the photo you uploaded on {date}.',
  'mail.rejected.reasons': 'What is wrong:',
  'mail.rejected.note': 'A word from the person who checked your photo:',
  'mail.rejected.next': 'Upload a new photo from Trombine, which checks these points before sending.',
  'mail.reason.cropped': 'Your face is cut off or too small',
  'mail.reason.profile': 'You are not facing the camera',
  'mail.reason.quality': 'The photo is blurred or of poor quality',
  'mail.reason.light': 'The light is too dark, too bright or uneven',
  'mail.reason.background': 'The background is not plain or not the right colour',
  'mail.reason.accessories': 'Glare on glasses or an accessory hides part of your face',
  'mail.reason.expression': 'Your eyes are closed or your mouth is open',
  'mail.reason.colour': 'The photo is not in colour',
  'mail.reason.person': 'The photo does not show one person alone',
  'mail.reason.other': 'Another reason',
  'mail.link': 'Follow my photo in Trombine',
  'mail.link.text': 'Follow your photo in Trombine: {url}',
  'mail.reference': 'Your upload’s reference: {id}',
  'mail.support.email': 'A question? Write to {email}.',
  'mail.support.url': 'A question? The help desk answers here: {url}',
  'mail.automatic': 'This message was sent automatically: please do not reply to it.',
};
