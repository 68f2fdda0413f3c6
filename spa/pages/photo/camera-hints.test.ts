import { describe, expect, test } from 'vitest';
import type { Located } from '../../../workers/bridge';
import { guide, hintFor, lightOf, ovalIn, rules, steady } from './camera-hints';

const video = { width: 640, height: 480 };
const oval = ovalIn(video);
const limits = { turned: 12, rolled: 25, head: 250 };

/**
 * A face as the person sees it (mirrored), in video pixels: eyes' midpoint at (x, y), T = eyes to chin; returned
 * in the camera's own shares, as the engine gives it.
 */
function located({
  x = oval.cx,
  y = oval.cy,
  t = oval.ry,
  yaw = 0,
  pitch = 0,
  roll = 0,
  count = 1,
} = {}): Located {
  const camera = (px: number, py: number) => ({ x: 1 - px / video.width, y: py / video.height });
  const half = t / 3;
  return {
    count,
    face: {
      box: { x: 0, y: 0, width: 0, height: 0 },
      // Image-left and image-right in the camera's picture: swapped by the mirror.
      leftEye: camera(x + half, y),
      rightEye: camera(x - half, y),
      chin: camera(x, y + t),
      angles: { yaw, pitch, roll },
    },
    limits,
  };
}

describe('the oval', () => {
  test('fits the viewBox in the video by its height when the video is wider, centred', () => {
    const scale = 480 / guide.height;
    expect(oval).toEqual({ cx: 320, cy: guide.cy * scale, rx: guide.rx * scale, ry: guide.ry * scale });
  });
  test('by its width when the video is taller than the viewBox', () => {
    const tall = ovalIn({ width: 100, height: 200 });
    expect(tall).toEqual({ cx: 50, cy: 35 + 58, rx: 27, ry: 37 });
  });
});

describe('the hint', () => {
  test('light first, whatever the face', () => {
    expect(lightOf(30)).toBe('dark');
    expect(lightOf(240)).toBe('bright');
    expect(lightOf(128)).toBe('fine');
    expect(hintFor('dark', located(), video)).toBe('dark');
    expect(hintFor('bright', { count: 0, limits }, video)).toBe('bright');
  });

  test('the general hint until the engine has looked; then no face, or more than one', () => {
    expect(hintFor('fine', undefined, video)).toBe('hint');
    expect(hintFor('fine', { count: 0, limits }, video)).toBe('none');
    expect(hintFor('fine', located({ count: 2 }), video)).toBe('several');
  });

  test('a head that fills the oval, centred and facing the lens, is ready', () => {
    expect(hintFor('fine', located(), video)).toBe('ready');
    expect(hintFor('fine', located({ yaw: 10, pitch: -10, roll: 20 }), video)).toBe('ready');
  });

  test('off-centre as seen in the mirror: the person moves to their own left or right', () => {
    const shift = (rules.offCentre + 0.05) * oval.rx;
    expect(hintFor('fine', located({ x: oval.cx + shift }), video)).toBe('left');
    expect(hintFor('fine', located({ x: oval.cx - shift }), video)).toBe('right');
    const drop = (rules.offCentre + 0.05) * oval.ry;
    expect(hintFor('fine', located({ y: oval.cy + drop }), video)).toBe('higher');
    expect(hintFor('fine', located({ y: oval.cy - drop }), video)).toBe('lower');
    expect(hintFor('fine', located({ x: oval.cx + 0.8 * shift }), video)).toBe('ready');
  });

  test('too small for the oval or for the card, too large for the oval', () => {
    expect(hintFor('fine', located({ t: 0.7 * oval.ry }), video)).toBe('closer');
    // Within the oval's rule but under the head the card needs at this resolution.
    const big = { width: 1280, height: 960 };
    const face = located({ t: 0.8 * oval.ry });
    expect(0.8 * oval.ry * 2).toBeLessThan(limits.head);
    expect(hintFor('fine', face, video)).toBe('closer');
    expect(hintFor('fine', face, big)).toBe('ready');
    expect(hintFor('fine', located({ t: 1.35 * oval.ry }), video)).toBe('back');
  });

  test('head turned, nodded or tilted beyond the profile’s limits: look straight', () => {
    expect(hintFor('fine', located({ yaw: 15 }), video)).toBe('straight');
    expect(hintFor('fine', located({ pitch: -13 }), video)).toBe('straight');
    expect(hintFor('fine', located({ roll: 30 }), video)).toBe('straight');
  });
});

test('a hint holds a second before another replaces it; a flicker back resets the wait', () => {
  const hint = steady<string>('hint');
  expect(hint('ready', 0)).toBe('hint');
  expect(hint('ready', 700)).toBe('hint');
  expect(hint('ready', 1400)).toBe('ready');
  expect(hint('closer', 2100)).toBe('ready');
  expect(hint('ready', 2800)).toBe('ready');
  expect(hint('closer', 3500)).toBe('ready');
  expect(hint('closer', 4200)).toBe('ready');
  expect(hint('closer', 4500)).toBe('closer');
});
