import { expect, test } from 'vitest';
import { adjust, dragMove, frameTransform, outputPlacement } from './framing';

const frame = { x: 100, y: 200, width: 400, height: 500, rotation: 0 };

test('moving the photo right shifts the frame left, by a share of its width', () => {
  expect(adjust(frame, { kind: 'move', dx: 0.1, dy: 0 })).toMatchObject({ x: 60, y: 200 });
  expect(adjust(frame, { kind: 'move', dx: 0, dy: -0.1 })).toMatchObject({ x: 100, y: 250 });
});

test('on a turned frame, a move follows the card’s axes, not the photo’s', () => {
  const turned = adjust(frame, { kind: 'rotate', degrees: -90 });
  expect(turned.rotation).toBe(90);
  const moved = adjust(turned, { kind: 'move', dx: 0.1, dy: 0 });
  // The card's "right" is the photo's "down" once the frame is turned a quarter clockwise.
  expect(moved.x).toBeCloseTo(100);
  expect(moved.y).toBeCloseTo(160);
});

test('zooming in keeps the centre and shrinks the frame; rotation wraps to (-180, 180]', () => {
  const zoomed = adjust(frame, { kind: 'zoom', factor: 2 });
  expect(zoomed).toMatchObject({ x: 200, y: 325, width: 200, height: 250 });
  expect(adjust({ ...frame, rotation: -179 }, { kind: 'rotate', degrees: 2 }).rotation).toBe(179);
  expect(adjust(frame, { kind: 'rotate', degrees: 1 }).rotation).toBe(-1);
});

test('the preview transform puts the frame’s centre in the middle of the view, at the view’s scale', () => {
  expect(frameTransform(frame, 200, 250)).toBe(
    'translate(100px, 125px) scale(0.5) rotate(0deg) translate(-300px, -450px)',
  );
  expect(dragMove(20, -25, 200, 250)).toEqual({ kind: 'move', dx: 0.1, dy: -0.1 });
});

test('the output, placed back on the source, covers exactly its frame', () => {
  const turned = { ...frame, rotation: 90 };
  // Output corners (0, 0) and (413, 531) land on the frame's corners, turned about its centre.
  const place = (x: number, y: number) => apply(outputPlacement(turned, 413, 531), x, y);
  expect(place(0, 0).map(Math.round)).toEqual([550, 250]);
  expect(place(413, 531).map(Math.round)).toEqual([50, 650]);
});

/** A CSS transform list of translate(px), rotate(deg) and scale, applied to a point (the last one first). */
function apply(transform: string, x: number, y: number): [number, number] {
  const steps = [...transform.matchAll(/(\w+)\(([^)]*)\)/g)].reverse();
  return steps.reduce<[number, number]>(
    ([px, py], [, name, args]) => {
      const [a = 0, b = a] = args!.split(',').map(arg => parseFloat(arg));
      if (name === 'translate') return [px + a, py + b];
      if (name === 'scale') return [px * a, py * b];
      const r = (a * Math.PI) / 180;
      return [px * Math.cos(r) - py * Math.sin(r), px * Math.sin(r) + py * Math.cos(r)];
    },
    [x, y],
  );
}
