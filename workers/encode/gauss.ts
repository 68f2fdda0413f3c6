// The Gaussian blur of SSIMULACRA 2 (perceptual.ts), as libjxl computes it: a recursive filter, "Recursive
// Implementation of the Gaussian Filter Using Truncated Cosine Functions" (Charalampidis 2016), zero outside the
// image. Its cost does not grow with σ: three second-order recursions per pixel and direction.

/** The filter's constants for one σ: radius N and, for k = 1, 3, 5, the input and feedback weights. */
function recursive(sigma: number) {
  const radius = Math.round(3.2795 * sigma + 0.2546);
  const omega = [1, 3, 5].map(k => (k * Math.PI) / (2 * radius));
  const p = omega.map((w, i) => (i === 1 ? -1 : 1) / Math.tan(w / 2));
  const r = omega.map((w, i) => ((i === 1 ? -1 : 1) * p[i]! * p[i]!) / Math.sin(w));
  const rho = omega.map(w => Math.exp(-0.5 * sigma * sigma * w * w) / radius);
  const d13 = p[0]! * r[1]! - r[0]! * p[1]!;
  const zeta15 = (p[1]! * r[2]! - r[1]! * p[2]!) / d13;
  const zeta35 = (p[2]! * r[0]! - r[2]! * p[0]!) / d13;
  // beta = A⁻¹ gamma, A = [p; r; (zeta15, zeta35, 1)], gamma = (1, N² − σ², Σ zeta·rho): solved by Cramer's rule.
  const a = [p, r, [zeta15, zeta35, 1]];
  const gamma = [1, radius * radius - sigma * sigma, zeta15 * rho[0]! + zeta35 * rho[1]! + rho[2]!];
  const det = (m: number[][]) =>
    m[0]![0]! * (m[1]![1]! * m[2]![2]! - m[1]![2]! * m[2]![1]!) -
    m[0]![1]! * (m[1]![0]! * m[2]![2]! - m[1]![2]! * m[2]![0]!) +
    m[0]![2]! * (m[1]![0]! * m[2]![1]! - m[1]![1]! * m[2]![0]!);
  const whole = det(a);
  const beta = [0, 1, 2].map(
    col => det(a.map((row, i) => row.map((v, j) => (j === col ? gamma[i]! : v)))) / whole,
  );
  return {
    radius,
    n2: Float64Array.from(beta, (b, i) => -b * Math.cos(omega[i]! * (radius + 1))),
    d1: Float64Array.from(omega, w => -2 * Math.cos(w)),
  };
}

const filter = recursive(1.5);

/** The horizontal pass, between rows of zeros (2N above, N below): grown as needed, reused across calls. */
let padded = new Float32Array(0);

/** Blurs `src` (width × height) into `out`. */
export function blur(src: Float32Array, width: number, height: number, out: Float32Array) {
  // Locals, not module constants: the loops below are the metric's hottest.
  const { radius: N, n2, d1 } = filter;
  const [n1, n3, n5, e1, e3, e5] = [n2[0]!, n2[1]!, n2[2]!, d1[0]!, d1[1]!, d1[2]!];
  if (padded.length < (height + 3 * N) * width) padded = new Float32Array((height + 3 * N) * width);
  padded.fill(0, 0, 2 * N * width);
  padded.fill(0, (height + 2 * N) * width, (height + 3 * N) * width);
  // Each row is copied between zeros, 2N on the left and N on the right, so the recursion never tests a bound.
  const line = new Float64Array(width + 3 * N);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const into = (y + 2 * N) * width;
    for (let x = 0; x < width; x++) line[2 * N + x] = src[row + x]!;
    // Previous (a) and second previous (b) outputs of each recursion: output n reads inputs n − N − 1 and n + N − 1.
    let [a1, a3, a5, b1, b3, b5] = [0, 0, 0, 0, 0, 0];
    for (let n = 1 - N; n < width; n++) {
      const sum = line[n + N - 1]! + line[n + 3 * N - 1]!;
      const y1 = n1 * sum - e1 * a1 - b1;
      const y3 = n3 * sum - e3 * a3 - b3;
      const y5 = n5 * sum - e5 * a5 - b5;
      b1 = a1;
      b3 = a3;
      b5 = a5;
      a1 = y1;
      a3 = y3;
      a5 = y5;
      if (n >= 0) padded[into + n] = y1 + y3 + y5;
    }
  }
  // Vertically, row after row with the six states of each column side by side: the same recursion, read in memory
  // order. Outputs before row 0 (the warm-up) go to a scratch row.
  const state = new Float64Array(6 * width);
  const scratch = new Float32Array(width);
  for (let n = 1 - N; n < height; n++) {
    const upper = (n + N - 1) * width; // input n − N − 1, 2N rows down in `padded`
    const lower = (n + 3 * N - 1) * width; // input n + N − 1
    const [target, at] = n >= 0 ? [out, n * width] : [scratch, 0];
    for (let x = 0; x < width; x++) {
      const sum = padded[upper + x]! + padded[lower + x]!;
      const k = 6 * x;
      const y1 = n1 * sum - e1 * state[k]! - state[k + 3]!;
      const y3 = n3 * sum - e3 * state[k + 1]! - state[k + 4]!;
      const y5 = n5 * sum - e5 * state[k + 2]! - state[k + 5]!;
      state[k + 3] = state[k]!;
      state[k + 4] = state[k + 1]!;
      state[k + 5] = state[k + 2]!;
      state[k] = y1;
      state[k + 1] = y3;
      state[k + 2] = y5;
      target[at + x] = y1 + y3 + y5;
    }
  }
}
