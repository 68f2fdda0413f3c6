import type { Dict } from './fr';

export const en: Dict = {
  'app.name': 'Trombine',
  'app.tagline': 'Your ID photo accepted the first time',
  'app.skip': 'Skip to content',
  'app.nav': 'Main navigation',
  'app.nav.hub': 'Home',
  'app.nav.photo': 'My photo',
  'app.lang.switch': 'Français',
  'app.lang.switchLabel': 'Lire ce site en français',
  'app.footer.a11y': 'Accessibility: partially compliant',
  'app.footer.privacy': 'Your photo leaves your device only when you press “Send”.',
  'app.notFound.title': 'Page not found',
  'app.notFound.back': 'Back to the home page',

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

  'photo.title': 'My ID photo',
  'photo.intro':
    'Choose a front-facing photo on a light background: it is cropped, checked and compressed on your device.',
  'photo.choose': 'Choose a photo',
  'photo.formats': 'JPEG, PNG, WebP, HEIC or GIF, at most 40 MB, at least 300 pixels per side.',
  'photo.processing': 'Preparing the photo…',
  'photo.ready': 'Photo ready: {width} × {height} pixels, {size}.',
  'photo.preview': 'Preview of your cropped photo',
  'photo.send': 'Send',
  'photo.sending': 'Sending…',
  'photo.sent': 'Photo received (no. {id}). The schooling office will review it.',
  'photo.status.pending_review': 'Awaiting review',
  'photo.status.validated': 'Validated',
  'photo.status.rejected': 'Rejected',
  'photo.status': 'Status: {status}.',
  'photo.consent.legend': 'Image rights: where may your photo appear?',
  'photo.handoff.title': 'Upload the photo on the ENT',
  'photo.handoff.save': 'Save the photo',
  'photo.handoff.open': 'Open the ENT photo page',
  'photo.handoff.steps': 'On the ENT:',

  'upload.error.network':
    'Could not send: the connection was lost. Your photo is kept; try again when you are back online.',
  'upload.error.timeout': 'Sending took too long. Your photo is kept; try again.',
  'upload.error.server': 'The institution’s server is not answering properly. Try again in a few minutes.',
  'upload.error.rejected':
    'The server refused the photo ({status}). Choose another photo or contact support.',
  'upload.retry': 'Try again',

  'engine.file.empty': 'This file is empty. Choose another photo.',
  'engine.file.too_large': 'This file weighs {size}, more than the 40 MB accepted. Choose a lighter photo.',
  'engine.format.unsupported':
    'This file is in {format} format, which cannot be read here. Export it as JPEG and try again.',
  'engine.format.name.text': 'text',
  'engine.format.name.video': 'video',
  'engine.format.name.unknown': 'unknown',
  'engine.image.corrupt': 'This photo is damaged and cannot be read. Export it again as JPEG.',
  'engine.image.too_many_pixels':
    'This image has {megapixels} megapixels, more than the 100 accepted. Shrink it and try again.',
  'engine.image.too_small':
    'This photo is too small ({width} × {height} pixels): it needs at least 300 pixels per side.',
  'engine.engine.aborted': 'Preparing the photo was interrupted.',
  'engine.engine.internal': 'Preparing the photo failed. Try again; if it happens again, try another photo.',

  'check.output.bytes.pass': 'Photo weight: {size}, under the {max} limit.',
  'check.output.bytes.fail':
    'Even at the strongest compression the photo weighs {size}, more than the {max} accepted. Choose a photo with less detail.',

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
  'profile.error.origin': 'invalid origin (“https://ent.example.edu”, no path, no trailing “/”)',
  'profile.error.range': 'number out of range ({expected})',
  'profile.error.none': 'at least one is needed',
  'profile.error.email': 'invalid e-mail address',
  'profile.error.phone': 'invalid phone number',
  'profile.error.json': 'This text is not valid JSON.',

  'ext.name': 'Trombine – ENT shortcuts',
  'ext.description':
    'Your ENT account tasks one click away: password, badge, lost card, photo and image rights.',
  'ext.action': 'ENT shortcuts',
  'ext.popup.title': 'My ENT account',
  'ext.popup.empty': 'No link for this role.',
};
