/** Convex polygons in a plane, as fit.ts needs them: a point is [x, y]. */
export type Pt = [number, number];

/** The part of a convex polygon where n·p ≥ k (Sutherland–Hodgman, one edge). */
export function clip(polygon: Pt[], n: Pt, k: number): Pt[] {
  const side = (p: Pt) => n[0] * p[0] + n[1] * p[1] - k;
  const out: Pt[] = [];
  polygon.forEach((p, i) => {
    const q = polygon[(i + 1) % polygon.length]!;
    const [sp, sq] = [side(p), side(q)];
    if (sp >= 0) out.push(p);
    if (sp >= 0 !== sq >= 0) {
      const r = sp / (sp - sq);
      out.push([p[0] + r * (q[0] - p[0]), p[1] + r * (q[1] - p[1])]);
    }
  });
  return out;
}

/** The point of a convex polygon nearest `target`: the target itself when inside, else on the nearest edge. */
export function nearest(polygon: Pt[], target: Pt): Pt {
  // Counter-clockwise (as built and clipped): inside is to the left of every edge.
  const inside = polygon.every((p, i) => {
    const q = polygon[(i + 1) % polygon.length]!;
    return (q[0] - p[0]) * (target[1] - p[1]) - (q[1] - p[1]) * (target[0] - p[0]) >= -1e-9;
  });
  if (inside) return target;
  let best: Pt = polygon[0]!;
  polygon.forEach((p, i) => {
    const q = polygon[(i + 1) % polygon.length]!;
    const [dx, dy] = [q[0] - p[0], q[1] - p[1]];
    const r = Math.max(
      0,
      Math.min(1, ((target[0] - p[0]) * dx + (target[1] - p[1]) * dy) / (dx * dx + dy * dy || 1)),
    );
    const c: Pt = [p[0] + r * dx, p[1] + r * dy];
    if (Math.hypot(c[0] - target[0], c[1] - target[1]) < Math.hypot(best[0] - target[0], best[1] - target[1]))
      best = c;
  });
  return best;
}
