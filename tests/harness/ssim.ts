// Image quality for the benchmark: SSIM on luma, and the neutral reference downscale it is measured against.

/** BT.601 luma of RGBA pixels (0–255), the channel SSIM is defined on and the one JPEG keeps at full resolution. */
export function luma(rgba: Uint8ClampedArray): Float64Array {
  const out = new Float64Array(rgba.length / 4);
  for (let i = 0; i < out.length; i++)
    out[i] = 0.299 * rgba[4 * i]! + 0.587 * rgba[4 * i + 1]! + 0.114 * rgba[4 * i + 2]!;
  return out;
}

// Wang et al. 2004 (and every reference implementation): 11×11 Gaussian window, σ 1.5, K1 0.01, K2 0.03, L 255.
const kernel = (() => {
  const raw = Array.from({ length: 11 }, (_, i) => Math.exp(-((i - 5) ** 2) / (2 * 1.5 ** 2)));
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map(value => value / sum);
})();
const [c1, c2] = [(0.01 * 255) ** 2, (0.03 * 255) ** 2];

/** Separable Gaussian filter, "valid" region only: the window never reads outside the image. */
function filter(src: Float64Array, width: number, height: number): Float64Array {
  const n = kernel.length;
  const [ow, oh] = [width - n + 1, height - n + 1];
  const rows = new Float64Array(ow * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < ow; x++) {
      let sum = 0;
      for (let k = 0; k < n; k++) sum += kernel[k]! * src[y * width + x + k]!;
      rows[y * ow + x] = sum;
    }
  const out = new Float64Array(ow * oh);
  for (let y = 0; y < oh; y++)
    for (let x = 0; x < ow; x++) {
      let sum = 0;
      for (let k = 0; k < n; k++) sum += kernel[k]! * rows[(y + k) * ow + x]!;
      out[y * ow + x] = sum;
    }
  return out;
}

/** Mean SSIM of two luma planes of the same size. */
export function ssim(a: Float64Array, b: Float64Array, width: number, height: number): number {
  if (a.length !== width * height || b.length !== width * height) throw new Error('ssim: size mismatch');
  const product = (p: Float64Array, q: Float64Array) => p.map((value, i) => value * q[i]!);
  const [ma, mb] = [filter(a, width, height), filter(b, width, height)];
  const [aa, bb, ab] = [product(a, a), product(b, b), product(a, b)].map(p => filter(p, width, height));
  let total = 0;
  for (let i = 0; i < ma.length; i++) {
    const [mx, my] = [ma[i]!, mb[i]!];
    const [vx, vy, cxy] = [aa![i]! - mx * mx, bb![i]! - my * my, ab![i]! - mx * my];
    total += ((2 * mx * my + c1) * (2 * cxy + c2)) / ((mx * mx + my * my + c1) * (vx + vy + c2));
  }
  return total / ma.length;
}

/** For each output index along one axis, the source indices it covers and their share of its area. */
function areaTaps(from: number, to: number): [number, number][][] {
  const scale = from / to;
  return Array.from({ length: to }, (_, i) => {
    const [start, end] = [i * scale, (i + 1) * scale];
    const taps: [number, number][] = [];
    for (let s = Math.floor(start); s < Math.min(from, Math.ceil(end)); s++)
      taps.push([s, (Math.min(end, s + 1) - Math.max(start, s)) / scale]);
    return taps;
  });
}

/**
 * Exact area-average downscale: each output pixel is the mean of the source area it covers. It is the reference
 * because none of the resizers under test uses it (pica sharpens, the browser filters its own way), so it favours
 * none of them, and it cannot alias.
 */
export function areaDownscale(src: Float64Array, sw: number, sh: number, dw: number, dh: number) {
  const [xTaps, yTaps] = [areaTaps(sw, dw), areaTaps(sh, dh)];
  const rows = new Float64Array(dw * sh);
  for (let y = 0; y < sh; y++)
    xTaps.forEach((taps, x) => {
      let sum = 0;
      for (const [s, w] of taps) sum += src[y * sw + s]! * w;
      rows[y * dw + x] = sum;
    });
  const out = new Float64Array(dw * dh);
  yTaps.forEach((taps, y) => {
    for (let x = 0; x < dw; x++) {
      let sum = 0;
      for (const [s, w] of taps) sum += rows[s * dw + x]! * w;
      out[y * dw + x] = sum;
    }
  });
  return out;
}

/** Refuses to benchmark with a broken metric: identical planes score 1, a blurred copy clearly less. */
export function ssimSelfTest(): void {
  const [w, h] = [64, 48];
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 60;
  const image = Float64Array.from(
    { length: w * h },
    (_, i) => ((i % w) * 3 + Math.floor(i / w) * 2 + random()) % 256,
  );
  const blurred = image.map((_, i) => {
    const [x, y] = [i % w, Math.floor(i / w)];
    const at = (dx: number, dy: number) =>
      image[Math.min(h - 1, Math.max(0, y + dy)) * w + Math.min(w - 1, Math.max(0, x + dx))]!;
    return (at(-1, 0) + at(1, 0) + at(0, -1) + at(0, 1) + 4 * at(0, 0)) / 8;
  });
  const same = ssim(image, image, w, h);
  const blur = ssim(image, blurred, w, h);
  const halved = areaDownscale(image, w, h, w / 2, h / 2);
  const mean = (p: Float64Array) => p.reduce((a, b) => a + b, 0) / p.length;
  if (Math.abs(same - 1) > 1e-9) throw new Error(`SSIM self-test: identical images give ${same}, not 1`);
  if (!(blur > 0 && blur < 0.99)) throw new Error(`SSIM self-test: a blurred copy gives ${blur}`);
  if (Math.abs(blur - ssim(blurred, image, w, h)) > 1e-9) throw new Error('SSIM self-test: not symmetric');
  if (Math.abs(mean(halved) - mean(image)) > 1e-6) throw new Error('area downscale self-test: mean not kept');
}
