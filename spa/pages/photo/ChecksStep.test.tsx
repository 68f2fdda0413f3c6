// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, expect, test } from 'vitest';
import type { Check } from '../../../shared/engine';
import { setLang } from '../../app/i18n';
import { ChecksStep } from './ChecksStep';
import { freshWizard } from './state';
import type { Ready } from './types';
import type { Wizard } from './wizard';

/** The wizard's part the step uses, with real signals: what the person ticks is kept, where they go is recorded. */
function wizardFor() {
  const [state, setState] = createSignal(freshWizard());
  const went: string[] = [];
  const wizard = {
    state,
    confirm: (change: object) => setState(s => ({ ...s, confirmed: { ...s.confirmed, ...change } })),
    go: (step: string) => went.push(step),
  } as unknown as Wizard;
  return { wizard, went };
}

const result = (verdict: Ready['verdict'], checks: Check[]): Ready =>
  ({
    ok: true,
    verdict,
    checks,
    output: { blob: new Blob(), width: 413, height: 531, bytes: 50_000, quality: 0.9 },
    url: 'blob:photo',
    frame: { x: 0, y: 0, width: 413, height: 531, rotation: 0 },
    source: { width: 413, height: 531 },
    timings: { decode: 0, analyse: 0, frame: 0, resize: 0, encode: 0, total: 0 },
  }) as Ready;

afterEach(cleanup);

test('a blocked photo cannot go on: its failure is shown first, on the photo, with the ways out', async () => {
  await setLang('fr');
  const { wizard, went } = wizardFor();
  const ready = result('blocked', [
    { id: 'output.bytes', status: 'pass', message: 'Poids conforme.' },
    {
      id: 'face.framing',
      status: 'fail',
      message: 'Visage trop petit.',
      area: { x: 100, y: 100, width: 200, height: 250 },
    },
  ]);
  render(() => <ChecksStep wizard={wizard} ready={ready} />);
  const items = screen.getAllByRole('listitem').map(li => li.textContent);
  expect(items[0]).toBe('1. Bloquant\u00a0: Visage trop petit.');
  expect(screen.queryByRole('button', { name: 'Continuer' })).toBeNull();
  expect(document.querySelector('.mark')?.textContent).toBe('1');
  fireEvent.click(screen.getByRole('button', { name: 'Recadrer' }));
  fireEvent.click(screen.getByRole('button', { name: 'Choisir une autre photo' }));
  expect(went).toEqual(['framing', 'source']);
});

test('warnings can be sent once read; what cannot be checked must be confirmed', async () => {
  await setLang('fr');
  const { wizard, went } = wizardFor();
  const ready = result('warnings', [
    { id: 'light.uniformity', status: 'warn', message: 'Lumière inégale.', area: 'background' },
  ]);
  render(() => <ChecksStep wizard={wizard} ready={ready} />);
  const next = screen.getByRole('button', { name: 'Continuer' });
  expect(next.getAttribute('aria-disabled')).toBe('true');
  fireEvent.click(next);
  fireEvent.click(screen.getByLabelText(/couvre-chef/));
  fireEvent.click(screen.getByLabelText(/six mois/));
  fireEvent.click(next);
  expect(went).toEqual([]);
  fireEvent.click(screen.getByLabelText(/J’ai lu les points à vérifier/));
  expect(next.getAttribute('aria-disabled')).toBe('false');
  fireEvent.click(next);
  expect(went).toEqual(['send']);
});

test('a check is shown again in the page’s language when the engine gave its key', async () => {
  await setLang('en');
  const { wizard } = wizardFor();
  const ready = result('warnings', [
    {
      id: 'image.colour',
      status: 'warn',
      message: 'Texte en français',
      key: 'studio.checks.recent',
      params: {},
    },
  ]);
  render(() => <ChecksStep wizard={wizard} ready={ready} />);
  expect(screen.getAllByRole('listitem')[0]!.textContent).toBe(
    'To check: The photo is less than six months old.',
  );
  await setLang('fr'); // a switch back re-renders the engine's message too
  expect(screen.getAllByRole('listitem')[0]!.textContent).toBe(
    'À vérifier\u00a0: La photo date de moins de six mois.',
  );
});
