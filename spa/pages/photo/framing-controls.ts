import type { Key } from '../../../shared/i18n';
import type { Adjustment } from './framing';

/** A nudge is 2 % of the frame: about one eye's width on a card photo. */
const nudge = 0.02;

/** The framing tool's buttons, in reading order, and the keys that do the same anywhere in the tool. */
export const controls: { label: Key; text: string; change: Adjustment; keys: string[] }[] = [
  {
    label: 'studio.framing.left',
    text: '←',
    change: { kind: 'move', dx: -nudge, dy: 0 },
    keys: ['ArrowLeft'],
  },
  {
    label: 'studio.framing.right',
    text: '→',
    change: { kind: 'move', dx: nudge, dy: 0 },
    keys: ['ArrowRight'],
  },
  { label: 'studio.framing.up', text: '↑', change: { kind: 'move', dx: 0, dy: -nudge }, keys: ['ArrowUp'] },
  {
    label: 'studio.framing.down',
    text: '↓',
    change: { kind: 'move', dx: 0, dy: nudge },
    keys: ['ArrowDown'],
  },
  { label: 'studio.framing.zoomIn', text: '+', change: { kind: 'zoom', factor: 1.05 }, keys: ['+', '='] },
  { label: 'studio.framing.zoomOut', text: '−', change: { kind: 'zoom', factor: 1 / 1.05 }, keys: ['-'] },
  { label: 'studio.framing.rotateLeft', text: '↺ 1°', change: { kind: 'rotate', degrees: -1 }, keys: ['['] },
  { label: 'studio.framing.rotateRight', text: '↻ 1°', change: { kind: 'rotate', degrees: 1 }, keys: [']'] },
  {
    label: 'studio.framing.quarterLeft',
    text: '↺ 90°',
    change: { kind: 'rotate', degrees: -90 },
    keys: ['{'],
  },
  {
    label: 'studio.framing.quarterRight',
    text: '↻ 90°',
    change: { kind: 'rotate', degrees: 90 },
    keys: ['}'],
  },
];
