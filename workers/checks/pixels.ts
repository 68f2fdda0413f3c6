import type { Point } from '../../shared/engine';

/** sRGB 0–255 → linear 0–1 (IEC 61966-2-1), as OFIQ does before any luminance measure. */
export const linear = Float32Array.from({ length: 256 }, (_, i) => {
  const c = i / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
});

/** Linear luminance (0–1) of pixel `i` (index of its red byte). */
export const luminance = (data: Uint8ClampedArray, i: number): number =>
  0.2126 * linear[data[i]!]! + 0.7152 * linear[data[i + 1]!]! + 0.0722 * linear[data[i + 2]!]!;

/** 8-bit grey (Rec. 601 luma) of the whole image, for texture measures. */
export function grey({ data, width, height }: ImageData): Float32Array {
  const out = new Float32Array(width * height);
  for (let p = 0, i = 0; p < out.length; p++, i += 4)
    out[p] = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
  return out;
}

/** CIELAB lightness and chroma (D65) of a mean linear RGB. */
export function lab(r: number, g: number, b: number): { l: number; chroma: number } {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.9505;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.089;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return { l: 116 * fy - 16, chroma: Math.hypot(500 * (fx - fy), 200 * (fy - fz)) };
}

/**
 * Indices (red byte) of the pixels of `image` whose centre is inside the polygon (even-odd rule), row by row: each
 * row's edge crossings, sorted, bound its runs of inside pixels. A test per pixel against every edge took most of
 * the checks' time.
 */
export function polygonPixels(image: { width: number; height: number }, polygon: readonly Point[]): number[] {
  const indices: number[] = [];
  const ys = polygon.map(p => p.y);
  const top = Math.max(0, Math.floor(Math.min(...ys)));
  const bottom = Math.min(image.height, Math.ceil(Math.max(...ys)));
  const crossings: number[] = [];
  for (let y = top; y < bottom; y++) {
    const centre = y + 0.5;
    crossings.length = 0;
    for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
      const [a, b] = [polygon[i]!, polygon[j]!];
      if (a.y > centre !== b.y > centre) crossings.push(a.x + ((centre - a.y) * (b.x - a.x)) / (b.y - a.y));
    }
    crossings.sort((m, n) => m - n);
    // A pixel is inside when its centre x + 0.5 is in [c0, c1), [c2, c3), …
    for (let k = 0; k + 1 < crossings.length; k += 2) {
      const from = Math.max(0, Math.ceil(crossings[k]! - 0.5));
      const to = Math.min(image.width, Math.ceil(crossings[k + 1]! - 0.5));
      for (let x = from; x < to; x++) indices.push((y * image.width + x) * 4);
    }
  }
  return indices;
}

/** Indices (red byte) of the pixels of `image` inside `box`, clipped to it, where `keep(x, y)` holds. */
export function pixelsWhere(
  image: { width: number; height: number },
  box: { x: number; y: number; width: number; height: number },
  keep: (x: number, y: number) => boolean = () => true,
): number[] {
  const indices: number[] = [];
  const [left, top] = [Math.max(0, Math.floor(box.x)), Math.max(0, Math.floor(box.y))];
  const right = Math.min(image.width, Math.ceil(box.x + box.width));
  const bottom = Math.min(image.height, Math.ceil(box.y + box.height));
  for (let y = top; y < bottom; y++)
    for (let x = left; x < right; x++) if (keep(x + 0.5, y + 0.5)) indices.push((y * image.width + x) * 4);
  return indices;
}

/** The output redrawn at `scale` (texture measures compare faces at a fixed distance between the eyes). */
export function rescaled(canvas: OffscreenCanvas, scale: number): ImageData {
  const width = Math.max(1, Math.round(canvas.width * scale));
  const height = Math.max(1, Math.round(canvas.height * scale));
  const copy = new OffscreenCanvas(width, height);
  const context = copy.getContext('2d', { willReadFrequently: true })!;
  context.imageSmoothingQuality = 'high';
  context.drawImage(canvas, 0, 0, width, height);
  return context.getImageData(0, 0, width, height);
}

/** Box around points, grown by `margin` on every side. */
export function boxAround(points: readonly Point[], margin = 0) {
  const xs = points.map(p => p.x);
  const ys = points.map(p => p.y);
  const [x, y] = [Math.min(...xs) - margin, Math.min(...ys) - margin];
  return { x, y, width: Math.max(...xs) + margin - x, height: Math.max(...ys) + margin - y };
}
