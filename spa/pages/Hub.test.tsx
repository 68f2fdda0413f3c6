// @vitest-environment jsdom
import { MemoryRouter, Route } from '@solidjs/router';
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, expect, test } from 'vitest';
import { setLang } from '../app/i18n';
import { setProfileId, setRole } from '../app/settings';
import { Hub } from './Hub';

const renderHub = () =>
  render(() => (
    <MemoryRouter>
      <Route path="/" component={Hub} />
    </MemoryRouter>
  ));
const headings = () => screen.getAllByRole('heading', { level: 2 }).map(h => h.textContent);

afterEach(() => {
  cleanup();
  setProfileId('demo');
  setRole('student');
});

test('lists the profile’s tasks for the role, and follows a change of role', async () => {
  await setLang('fr');
  setProfileId('uca');
  renderHub();
  expect(await screen.findByRole('heading', { level: 1 })).toHaveProperty(
    'textContent',
    'Que voulez-vous faire\u202f?',
  );
  expect(headings()).toContain('Carte perdue ou volée');
  expect(headings()).not.toContain('Badge professionnel');
  expect(screen.getByRole('link', { name: 'Changer mon mot de passe' }).getAttribute('href')).toBe(
    'https://ent.uca.fr/compte/',
  );

  fireEvent.change(screen.getByLabelText('Je suis'), { target: { value: 'staff' } });
  expect(headings()).toContain('Badge professionnel');
  expect(screen.getByRole('link', { name: 'Demander un badge professionnel' }).getAttribute('href')).toBe(
    'https://ent.uca.fr/compte/badge/',
  );
});

test('says what access each kind of person has, graduates and recruiters included', async () => {
  await setLang('fr');
  renderHub();
  expect(await screen.findByRole('heading', { name: 'Quel accès pour moi\u202f?' })).toBeTruthy();
  expect(screen.getByText(/^Pas de compte ENT/)).toBeTruthy();
  expect(screen.getByText(/^Après le diplôme/)).toBeTruthy();
});

test('speaks English when asked, and the page says so', async () => {
  await setLang('en');
  renderHub();
  expect(await screen.findByRole('heading', { level: 1 })).toHaveProperty(
    'textContent',
    'What would you like to do?',
  );
  expect(document.documentElement.lang).toBe('en');
  await setLang('fr');
});
