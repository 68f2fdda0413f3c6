import type { Strings } from '../strings';

export const fr = {
  'ext.name': 'Trombine – raccourcis ENT',
  'ext.description':
    'Les démarches de votre compte ENT à un clic : mot de passe, badge, carte perdue, photo et droit à l’image.',
  'ext.action': 'Raccourcis ENT',
  'ext.popup.title': 'Mon compte ENT',
  'ext.popup.empty': 'Aucun lien pour ce rôle.',
} as const satisfies Record<string, string>;

export const en: Strings<typeof fr> = {
  'ext.name': 'Trombine – ENT shortcuts',
  'ext.description':
    'Your ENT account tasks one click away: password, badge, lost card, photo and image rights.',
  'ext.action': 'ENT shortcuts',
  'ext.popup.title': 'My ENT account',
  'ext.popup.empty': 'No link for this role.',
};
