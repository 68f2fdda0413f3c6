// Colour for SSIMULACRA 2.1 (perceptual.ts): sRGB to linear light, 2 × 2 downscales there, and libjxl's XYB.

const toLinear = Float32Array.from({ length: 256 }, (_, v) =>
  v <= 10 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4,
);
export type Planes = [Float32Array, Float32Array, Float32Array];
export const planes = (n: number): Planes => [new Float32Array(n), new Float32Array(n), new Float32Array(n)];

export function linearInto({ data }: ImageData, [r, g, b]: Planes) {
  for (let i = 0; i < r.length; i++) {
    r[i] = toLinear[data[4 * i]!]!;
    g[i] = toLinear[data[4 * i + 1]!]!;
    b[i] = toLinear[data[4 * i + 2]!]!;
  }
}

/** 2 × 2 box downscale in linear light; an odd last row or column repeats its pixels. */
export function halfInto(from: Planes, width: number, height: number, to: Planes) {
  const w = Math.ceil(width / 2);
  from.forEach((plane, c) => {
    const small = to[c as 0 | 1 | 2];
    for (let y = 0; 2 * y < height; y++) {
      const top = 2 * y * width;
      const bottom = Math.min(2 * y + 1, height - 1) * width;
      for (let x = 0; x < w; x++) {
        const left = 2 * x;
        const right = Math.min(left + 1, width - 1);
        small[y * w + x] =
          (plane[top + left]! + plane[top + right]! + plane[bottom + left]! + plane[bottom + right]!) / 4;
      }
    }
  });
}

// XYB (libjxl's opsin absorbance, bias, cube root), then rescaled to about 0..1 with B − Y, as SSIMULACRA 2.1 does.
const bias = 0.0037930732552754493;
const biasRoot = Math.cbrt(bias);
export function xybInto([r, g, b]: Planes, [x, y, z]: Planes) {
  for (let i = 0; i < r.length; i++) {
    const [R, G, B] = [r[i]!, g[i]!, b[i]!];
    const l = Math.cbrt(Math.max(0, 0.3 * R + 0.622 * G + 0.078 * B + bias)) - biasRoot;
    const m = Math.cbrt(Math.max(0, 0.23 * R + 0.692 * G + 0.078 * B + bias)) - biasRoot;
    const s =
      Math.cbrt(
        Math.max(0, 0.2434226892454782 * R + 0.2047674442449682 * G + 0.5518098665095537 * B + bias),
      ) - biasRoot;
    x[i] = 0.5 * (l - m) * 14 + 0.42;
    y[i] = 0.5 * (l + m) + 0.01;
    z[i] = s - 0.5 * (l + m) + 0.55;
  }
}
