import { expect } from 'chai';
import type { Point } from '../../shared/engine';
import { pixelsWhere, polygonPixels } from './pixels';

/** The plain definition: a pixel's centre against every edge (even-odd rule). */
function inPolygon(p: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [a, b] = [polygon[i]!, polygon[j]!];
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** A seeded generator, so a failure can be replayed. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('polygonPixels', () => {
  const image = { width: 61, height: 47 };
  const whole = { x: 0, y: 0, ...image };
  const reference = (polygon: Point[]) => pixelsWhere(image, whole, (x, y) => inPolygon({ x, y }, polygon));

  it('matches the per-pixel test on random polygons, concave, self-crossing and past the edges', () => {
    const next = random(7);
    for (let n = 0; n < 200; n++) {
      const corners = 3 + Math.floor(next() * 12);
      const polygon = Array.from({ length: corners }, () => ({
        x: next() * 80 - 10,
        y: next() * 66 - 10,
      }));
      expect(polygonPixels(image, polygon), JSON.stringify(polygon)).to.deep.equal(reference(polygon));
    }
  });

  it('counts a pixel whose centre lies on a left edge, as the per-pixel test does', () => {
    const square = [
      { x: 2.5, y: 2 },
      { x: 6.5, y: 2 },
      { x: 6.5, y: 6 },
      { x: 2.5, y: 6 },
    ];
    expect(polygonPixels(image, square)).to.deep.equal(reference(square));
    expect(polygonPixels(image, square)).to.have.length(16);
  });
});
