import type { Strings } from '../strings';
import type { fr } from './app';

export const en: Strings<typeof fr> = {
  'app.name': 'Trombine',
  'app.tagline': 'Your ID photo accepted the first time',
  'app.skip': 'Skip to content',
  'app.nav': 'Main navigation',
  'app.nav.hub': 'Home',
  'app.nav.photo': 'My photo',
  'app.lang.switch': 'Français',
  'app.lang.switchLabel': 'Lire ce site en français',
  'app.lang.unavailable': 'The French version could not be loaded. Try again once you are back online.',
  'app.lang.unavailableOther':
    'La version française n’a pas pu être chargée. Réessayez quand la connexion sera revenue.',
  'app.erase.title': 'Your data on this device',
  'app.erase.what':
    'Until you erase it, Trombine keeps on this device your photo in progress (the original until the sending step, then the cropped photo), your image-rights answers, the follow-up of your deposits and your settings. On a shared computer, erase it when you leave.',
  'app.erase': 'Erase my data from this device',
  'app.erase.confirm':
    'Erase your Trombine photos, answers and settings from this device? What was already sent to your university is not affected.',
  'app.erase.done': 'Trombine’s data on this device is erased.',
  'app.erase.waiting': 'Photos waiting to be sent ({count}) stay until they are sent: erase again then.',
  'app.footer.a11y': 'Accessibility: partially compliant',
  'app.footer.privacy': 'Your photo leaves your device only when you press “Send”.',
  'app.notFound.title': 'Page not found',
  'app.notFound.back': 'Back to the home page',
  'app.pageFailed.title': 'This page could not open',
  'app.pageFailed.text':
    'Check your connection, then try again. Your photo and your choices are kept on this device.',
  'app.pageFailed.retry': 'Try again',

  'hub.title': 'What would you like to do?',
  'hub.profile': 'Institution',
  'hub.role': 'I am',
  'hub.notes': 'Good to know',
  'hub.support': 'Need help?',
  'hub.supportSite': 'Support website',

  'role.student': 'Student',
  'role.staff': 'Staff',
  'role.alumni': 'Graduate',
  'role.recruiter': 'Recruiter',

  'task.photo': 'Card photo',
  'task.badge': 'Staff badge',
  'task.card': 'Lost or stolen card',
  'task.password': 'Password',
  'task.image-rights': 'Image rights',
  'task.personal-info': 'Personal information',
  'task.mail': 'Webmail',
  'task.izly': 'Izly',
  'task.help': 'Support',

  'entDemo.title': 'Demo ENT',
  'entDemo.intro': 'This page stands in for a university ENT in the demo profile.',
  'entDemo.section': 'In a real ENT, this section is under “My account”.',

  'legal.title': 'Legal notice',
  'legal.intro':
    'Trombine runs in your browser thanks to the following free software, shipped with it under their own licences.',
  'legal.software': 'Third-party software',
  'legal.licence': 'Licence:',
  'legal.use.libheif': 'Decodes iPhone HEIC photos, which Chrome and Firefox cannot read.',
  'legal.use.pica': 'Resizes the photo while keeping it sharp.',
  'legal.use.comlink': 'Lets the page talk to the photo engine, which works in the background.',
  'legal.use.solid': 'Builds the interface.',
  'legal.use.router': 'Moves from page to page without reloading the site.',
  'legal.use.ky': 'Sends the photo to the institution.',
  'legal.use.valibot': 'Checks the institutions’ profiles.',
  'legal.libheif.title': 'libheif and HEIC photos',
  'legal.libheif.lazy':
    'libheif is published under the LGPL-3.0 licence. It is downloaded only when you open a HEIC photo, from this site and in files separate from the rest of the studio.',
  'legal.libheif.source':
    'Its source code, and that of libheif-js, which builds it for browsers, are available here:',

  'profile.error.at': '{path}: {message}',
  'profile.error.type': 'expected {expected}, received {received}',
  'profile.error.empty': 'this text is empty',
  'profile.error.id': 'invalid identifier (lower case, digits, hyphens and dots)',
  'profile.error.url': 'invalid address (https://…, mailto:, tel: or a path starting with “/”)',
  'profile.error.origin': 'invalid origin (“https://ent.example.edu”, over https, no path, no trailing “/”)',
  'profile.error.range': 'number out of range ({expected})',
  'profile.error.none': 'at least one is needed',
  'profile.error.long': 'text too long: {max} characters at most',
  'profile.error.many': 'too many items: {max} at most',
  'profile.error.size': 'profile too large: {max} KB at most',
  'profile.error.email': 'invalid e-mail address',
  'profile.error.phone': 'invalid phone number',
  'profile.error.host': 'invalid host name (“mail.example.edu”, lower case, no “https://” and no path)',
  'profile.error.path': 'invalid path (“/account/photo”, starting with “/” and staying on the same site)',
  'profile.error.selector':
    'invalid selector (“#photo” or “input[name="photo"]”, 120 characters at most, no escapes)',
  'profile.error.json': 'This text is not valid JSON.',
};
