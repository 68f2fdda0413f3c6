import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import { findProfile, type Task } from '../../shared/profiles';
import { fold, search } from './search';

const uca = findProfile('uca')!;
const taskName = (task: Task) => translate('fr', `task.${task}`);
const ids = (query: string, role = 'student') =>
  search(
    uca.links.filter(l => l.roles.includes(role as 'student')),
    query,
    taskName,
  ).map(l => l.id);

describe('search', () => {
  it('folds accents, case and punctuation', () => {
    expect(fold('Accès aux zones sécurisées (bâtiments)')).toBe('acces aux zones securisees batiments');
    expect(fold('OPPOSÉ')).toBe('oppose');
  });

  it('finds the French words people type, without accents', () => {
    expect(ids('mdp')).toEqual(['password.change']);
    expect(ids('perdu')).toEqual(['card.opposition']);
    expect(ids('Opposition')).toEqual(['card.opposition']);
    expect(ids('mot de passe')).toEqual(['password.change']);
    expect(ids('securite')).toContain('password.change');
    expect(ids('acces', 'staff')).toContain('badge.zones');
  });

  it('ranks a keyword hit before a hint hit, and needs every word', () => {
    expect(ids('perdu', 'staff')).toEqual(['badge.opposition-help', 'card.opposition']);
    expect(ids('photo')[0]).toBe('photo.upload');
    expect(ids('mdp perdu')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });

  it('finds English words too', () => {
    expect(ids('password')).toEqual(['password.change']);
    expect(ids('lost')).toEqual(['card.opposition']);
  });
});
