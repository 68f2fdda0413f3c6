import { createSignal, onCleanup } from 'solid-js';
import type { Key } from '../../../shared/i18n/fr';

/**
 * The review's single-key shortcuts, in the order the page lists them: `keys` as KeyboardEvent.key (letters in lower
 * case), `shown` as printed on the page.
 */
export const shortcuts = [
  { action: 'validate', keys: ['v'], shown: ['V'], label: 'review.key.validate' },
  { action: 'refuse', keys: ['r'], shown: ['R'], label: 'review.key.refuse' },
  { action: 'next', keys: ['n', 'ArrowRight'], shown: ['N', '→'], label: 'review.key.next' },
  { action: 'previous', keys: ['p', 'ArrowLeft'], shown: ['P', '←'], label: 'review.key.previous' },
] as const satisfies readonly {
  action: string;
  keys: readonly string[];
  shown: readonly string[];
  label: Key;
}[];
export type Action = (typeof shortcuts)[number]['action'];

const storageKey = 'trombine.review.shortcuts';
/**
 * WCAG 2.1.4: single-key shortcuts can be turned off (a speech-input user's words would fire them); the choice is
 * kept on this device.
 */
const [enabled, setEnabled] = createSignal(localStorage.getItem(storageKey) !== 'off');
export const shortcutsOn = enabled;
export function setShortcutsOn(on: boolean) {
  localStorage.setItem(storageKey, on ? 'on' : 'off');
  setEnabled(on);
}

/** aria-keyshortcuts for the button doing `action` (« N ArrowRight »), while the shortcuts are on. */
export const ariaKeys = (action: Action) =>
  enabled()
    ? shortcuts
        .find(shortcut => shortcut.action === action)!
        .keys.map(key => (key.length === 1 ? key.toUpperCase() : key))
        .join(' ')
    : undefined;

/**
 * Where a letter or an arrow is text being typed or a choice being changed, never a shortcut: a text field, a list,
 * or what is marked `data-no-shortcuts` (the refusal form).
 */
const inField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    !!target.closest('[data-no-shortcuts]') ||
    target.matches(
      'textarea, select, input:not([type=checkbox], [type=radio], [type=button], [type=submit])',
    ));

/** Runs `run` on a shortcut typed anywhere on the page but in a field, with a modifier, or with a dialog open. */
export function useShortcuts(run: (action: Action) => void) {
  const onKey = (event: KeyboardEvent) => {
    const modified = event.ctrlKey || event.metaKey || event.altKey;
    // A key held down repeats: one photo decided per press, not a run of them.
    if (!enabled() || event.repeat || modified || event.defaultPrevented) return;
    if (inField(event.target) || document.querySelector('dialog[open]')) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const shortcut = shortcuts.find(s => (s.keys as readonly string[]).includes(key));
    if (!shortcut) return;
    event.preventDefault();
    run(shortcut.action);
  };
  document.addEventListener('keydown', onKey);
  onCleanup(() => document.removeEventListener('keydown', onKey));
}
