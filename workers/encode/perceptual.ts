import { blur } from './gauss';
import { halfInto, linearInto, planes, xybInto, type Planes } from './xyb';

/*
 * SSIMULACRA 2.1 (Jon Sneyers, Cloudinary, 2022–2023; libjxl tools/ssimulacra2.cc, BSD), ported as it is, so its
 * published scale holds: 90 "visually lossless" (not noticed in a flicker test at 1:1), 85 "excellent" (not noticed
 * flipping in place), 80 "very high" (not noticed side by side), 70 "high". It sees colour: SSIM and two edge maps
 * (ringing, blur) on X, Y and B of the XYB space, at six scales (1:1 to 1:32, downscaled in linear light), under a
 * 1-norm and a 4-norm, weighted as tuned on 22k subjective scores (CID22, TID2013, KADID-10k, KonFiG-IQA).
 * The weights that are exactly zero are skipped (e.g. SSIM on X and B at 1:1): the score is the same, cheaper.
 */

// prettier-ignore
const weights = [
  0, 0.0007376606707406586, 0, 0, 0.0007793481682867309, 0, 0, 0.0004371155730107379, 0, 1.1041726426657346,
  0.00066284834129271, 0.00015231632783718752, 0, 0.0016406437456599754, 0, 1.8422455520539298, 11.441172603757666, 0,
  0.0007989109436015163, 0.000176816438078653, 0, 1.8787594979546387, 10.94906990605142, 0, 0.0007289346991508072,
  0.9677937080626833, 0, 0.00014003424285435884, 0.9981766977854967, 0.00031949755934435053, 0.0004550992113792063, 0,
  0, 0.0013648766163243398, 0, 0, 0, 0, 0, 7.466890328078848, 0, 17.445833984131262, 0.0006235601634041466, 0, 0,
  6.683678146179332, 0.00037724407979611296, 1.027889937768264, 225.20515300849274, 0, 0, 19.213238186143016,
  0.0011401524586618361, 0.001237755635509985, 176.39317598450694, 0, 0, 24.43300999870476, 0.28520802612117757,
  0.0004485436923833408, 0, 0, 0, 34.77906344483772, 44.835625328877896, 0, 0, 0, 0, 0, 0, 0, 0, 0.0008680556573291698,
  0, 0, 0, 0, 0, 0.0005313191874358747, 0, 0.00016533814161379112, 0, 0, 0, 0, 0, 0.0004179171803251336,
  0.0017290828234722833, 0, 0.0020827005846636437, 0, 0, 8.826982764996862, 23.19243343998926, 0, 95.1080498811086,
  0.9863978034400682, 0.9834382792465353, 0.0012286405048278493, 171.2667255897307, 0.9807858872435379, 0, 0, 0,
  0.0005130064588990679, 0, 0.00010854057858411537,
];
const scales = 6;
/**
 * weights[(channel · scales + scale) · 6 + norm · 3 + map]: map 0 SSIM, 1 ringing, 2 blur; norm 0 the 1-norm, 1 the
 * 4-norm. `count` is how many scales the image has (fewer below 256 px), as the reference's running index does.
 */
const weight = (count: number, c: number, s: number, norm: number, map: number) =>
  weights[(c * count + s) * 6 + norm * 3 + map]!;
const needs = (count: number, c: number, s: number, map: number) =>
  weight(count, c, s, 0, map) !== 0 || weight(count, c, s, 1, map) !== 0;

/** One scale of the reference, and the buffers a candidate reuses there (scoring allocates almost nothing). */
type Level = {
  width: number;
  height: number;
  xyb: Planes;
  mu: Planes;
  /** Blurred squares, where SSIM is weighted. */
  sigma: (Float32Array | null)[];
  work: {
    linear: Planes;
    xyb: Planes;
    mu: Float32Array;
    sigma22: Float32Array;
    sigma12: Float32Array;
    product: Float32Array;
  };
};
export type Reference = Level[];

function product(a: Float32Array, b: Float32Array, out: Float32Array) {
  for (let i = 0; i < a.length; i++) out[i] = a[i]! * b[i]!;
  return out;
}

/** Scale s is computed when the scale before it (before halving) is at least 8 × 8, as in the reference code. */
function sizes(width: number, height: number) {
  const out: [number, number][] = [];
  for (let [w, h] = [width, height]; out.length < scales && w >= 8 && h >= 8;) {
    if (out.length) [w, h] = [Math.ceil(w / 2), Math.ceil(h / 2)];
    out.push([w, h]);
  }
  return out;
}

/** What the reference needs at every scale, computed once for all the candidates scored against it. */
export function prepare(reference: ImageData): Reference {
  const all = sizes(reference.width, reference.height);
  let linear = planes(reference.width * reference.height);
  linearInto(reference, linear);
  return all.map(([width, height], s) => {
    const n = width * height;
    if (s) {
      const smaller = planes(n);
      halfInto(linear, all[s - 1]![0], all[s - 1]![1], smaller);
      linear = smaller;
    }
    const xyb = planes(n);
    xybInto(linear, xyb);
    const blurred = (plane: Float32Array) => {
      const out = new Float32Array(n);
      blur(plane, width, height, out);
      return out;
    };
    const mu = xyb.map(blurred) as Planes;
    const sigma = xyb.map((p, c) =>
      needs(all.length, c, s, 0) ? blurred(product(p, p, new Float32Array(n))) : null,
    );
    const [b1, b2, b3, b4] = planes(n).concat(planes(n)) as Float32Array[];
    return {
      width,
      height,
      xyb,
      mu,
      sigma,
      work: { linear: planes(n), xyb: planes(n), mu: b1!, sigma22: b2!, sigma12: b3!, product: b4! },
    };
  });
}

/** Σd and Σd⁴ of the SSIM error map (2.1: no luminance denominator, values being perceptual already). */
function ssimNorms(
  mu1: Float32Array,
  mu2: Float32Array,
  s11: Float32Array,
  s22: Float32Array,
  s12: Float32Array,
) {
  let [one, four] = [0, 0];
  for (let i = 0; i < mu1.length; i++) {
    const m1 = mu1[i]!;
    const m2 = mu2[i]!;
    const numerator = (1 - (m1 - m2) * (m1 - m2)) * (2 * (s12[i]! - m1 * m2) + 9e-4);
    const denominator = s11[i]! - m1 * m1 + s22[i]! - m2 * m2 + 9e-4;
    const d = Math.max(0, 1 - numerator / denominator);
    one += d;
    four += d * d * d * d;
  }
  return [one, four];
}

/** Σd and Σd⁴ of ringing (edges the candidate has and the original has not) and of blur (edges it lost). */
function edgeNorms(x1: Float32Array, mu1: Float32Array, x2: Float32Array, mu2: Float32Array) {
  let [ring1, ring4, blur1, blur4] = [0, 0, 0, 0];
  for (let i = 0; i < x1.length; i++) {
    const d = (1 + Math.abs(x2[i]! - mu2[i]!)) / (1 + Math.abs(x1[i]! - mu1[i]!)) - 1;
    const ring = Math.max(d, 0); // branch-free: the sign of d is a coin toss on noisy pixels
    const lost = ring - d;
    ring1 += ring;
    ring4 += ring * ring * ring * ring;
    blur1 += lost;
    blur4 += lost * lost * lost * lost;
  }
  return [ring1, ring4, blur1, blur4];
}

/** The SSIMULACRA 2.1 score of `distorted` against a prepared reference of the same size: 100 is identical. */
export function ssimulacra2(reference: Reference, distorted: ImageData): number {
  const count = reference.length;
  let sum = 0;
  reference.forEach(({ width, height, xyb: ref, mu: refMu, sigma, work }, s) => {
    const n = width * height;
    if (s) {
      const above = reference[s - 1]!;
      halfInto(above.work.linear, above.width, above.height, work.linear);
    } else linearInto(distorted, work.linear);
    xybInto(work.linear, work.xyb);
    for (const c of [0, 1, 2] as const) {
      const [x1, x2, mu1, s11] = [ref[c], work.xyb[c], refMu[c], sigma[c]];
      const edges = needs(count, c, s, 1) || needs(count, c, s, 2);
      if (!s11 && !edges) continue;
      blur(x2, width, height, work.mu);
      const norms = [0, 0, 0, 0, 0, 0]; // 1-norm and 4-norm sums of SSIM, ringing, blur
      if (s11) {
        blur(product(x2, x2, work.product), width, height, work.sigma22);
        blur(product(x1, x2, work.product), width, height, work.sigma12);
        norms.splice(0, 2, ...ssimNorms(mu1, work.mu, s11, work.sigma22, work.sigma12));
      }
      if (edges) norms.splice(2, 4, ...edgeNorms(x1, mu1, x2, work.mu));
      for (let map = 0; map < 3; map++) {
        sum += weight(count, c, s, 0, map) * (norms[2 * map]! / n);
        sum += weight(count, c, s, 1, map) * (norms[2 * map + 1]! / n) ** 0.25;
      }
    }
  });
  const x = sum * 0.9562382616834844;
  const error = 2.326765642916932 * x - 0.020884521182843837 * x * x + 6.248496625763138e-5 * x * x * x;
  return error > 0 ? 100 - 10 * error ** 0.6276336467831387 : 100;
}
