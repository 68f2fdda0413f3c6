// Smaller files for a tfjs graph model: each float32 tensor stored as float16 or uint8 (value = q × scale + min),
// which tfjs decodes at load (@tensorflow/tfjs-core io_utils decodeWeight reads `quantization.dtype`, `min` and
// `scale`, nothing else), and, if asked, without the nodes and weights of outputs nobody reads. Pure functions of a
// model.json and its .bin: assets.mjs runs them in node, their engine test in Chromium.

/**
 * @typedef {import('./quantize.d.mts').ModelJson} ModelJson
 * @typedef {import('./quantize.d.mts').WeightSpec} WeightSpec
 * @typedef {import('./quantize.d.mts').Encoding} Encoding
 */

const float = new Float32Array(1);
const bits = new Uint32Array(float.buffer);

/** The IEEE half nearest a float32 (ties to even). @param {number} value */
function toHalf(value) {
  float[0] = value;
  const x = /** @type {number} */ (bits[0]);
  const sign = (x >>> 16) & 0x8000;
  const exponent = ((x >>> 23) & 0xff) - 112; // rebased from float32's bias (127) to the half's (15)
  const mantissa = x & 0x7fffff;
  if (exponent >= 0x1f) return sign | 0x7c00 | (exponent === 143 && mantissa ? 0x200 : 0); // ±∞, NaN
  // A normal half keeps 10 of the 23 bits; a subnormal one shifts the implicit leading 1 in as well.
  const shift = exponent > 0 ? 13 : 14 - exponent;
  if (shift > 24) return sign;
  const full = exponent > 0 ? mantissa : mantissa | 0x800000;
  const kept = (exponent > 0 ? exponent << 10 : 0) | (full >>> shift);
  const rest = full & ((1 << shift) - 1);
  const half = 1 << (shift - 1);
  return sign | (kept + (rest > half || (rest === half && kept & 1) ? 1 : 0)); // a carry rightly bumps the exponent
}

/** @param {number} h */
function fromHalf(h) {
  const exponent = (h >>> 10) & 0x1f;
  const mantissa = h & 0x3ff;
  const sign = h & 0x8000 ? -1 : 1;
  if (exponent === 0x1f) return mantissa ? NaN : sign * Infinity;
  return sign * (exponent ? (1024 + mantissa) * 2 ** (exponent - 25) : mantissa * 2 ** -24);
}

/** @type {Record<string, number>} */
const bytesPer = { float32: 4, int32: 4, bool: 1, float16: 2, uint16: 2, uint8: 1 };

/** A float32 tensor's values, however it is stored. @param {WeightSpec} spec @param {Uint8Array} bytes */
function floats(spec, bytes) {
  const copy = new Uint8Array(bytes).buffer; // aligned, and never a node Buffer's shared pool
  const q = spec.quantization;
  if (!q) return new Float32Array(copy);
  if (q.dtype === 'float16') return Float32Array.from(new Uint16Array(copy), fromHalf);
  const { min = 0, scale = 1 } = q;
  return Float32Array.from(q.dtype === 'uint8' ? bytes : new Uint16Array(copy), v => v * scale + min);
}

/** `values` stored as `encoding`; uint8 spreads 256 levels evenly over [min, max]. */
function encode(/** @type {Float32Array} */ values, /** @type {Encoding} */ encoding) {
  if (encoding === 'float32') return { bytes: new Uint8Array(values.slice().buffer) };
  if (encoding === 'float16') {
    const bytes = new Uint8Array(Uint16Array.from(values, toHalf).buffer);
    return { bytes, quantization: { dtype: 'float16' } };
  }
  let [min, max] = [Infinity, -Infinity];
  for (const v of values) [min, max] = [Math.min(min, v), Math.max(max, v)];
  const scale = max > min ? (max - min) / 255 : 1;
  const bytes = Uint8Array.from(values, v => Math.round((v - min) / scale));
  return { bytes, quantization: { dtype: 'uint8', min, scale } };
}

/** The names of the nodes `outputs` (keys of the model's signature) need, back to the input. */
function needed(/** @type {ModelJson} */ model, /** @type {string[]} */ outputs) {
  const inputs = new Map(model.modelTopology.node.map(node => [node.name, node.input ?? []]));
  const todo = outputs.map(key => {
    const output = model.signature?.outputs[key];
    if (!output) throw new Error(`quantize: no output ${key} in the model's signature`);
    return output.name;
  });
  const names = new Set();
  while (todo.length) {
    // `^node` is a control input, `node:1` the node's second output.
    const name = String(todo.pop()).replace(/^\^/, '').replace(/:\d+$/, '');
    if (names.has(name)) continue;
    names.add(name);
    todo.push(...(inputs.get(name) ?? []));
  }
  return names;
}

/**
 * The model with each float32 tensor stored as `encoding` says (others as they are): a model.json without
 * indentation and its one .bin. With `outputs`, only those signature outputs are left, and only what they need.
 * @param {ModelJson} model
 * @param {Uint8Array} bin its weights, the one file of its one weight group
 * @param {{ encoding: (name: string, values: Float32Array) => Encoding, outputs?: string[] }} options
 */
export function quantize(model, bin, { encoding, outputs }) {
  const [group, ...others] = model.weightsManifest;
  if (!group || others.length || group.paths.length !== 1)
    throw new Error('quantize: one weight file per model');
  const kept = outputs && needed(model, outputs);
  /** @type {{ spec: WeightSpec, bytes: Uint8Array }[]} */
  const weights = [];
  let offset = 0;
  for (const spec of group.weights) {
    const count = spec.shape.reduce((a, b) => a * b, 1);
    const size = count * (bytesPer[spec.quantization?.dtype ?? spec.dtype] ?? NaN);
    if (Number.isNaN(size)) throw new Error(`quantize: ${spec.name} is ${spec.dtype}, of no fixed size`);
    const bytes = bin.subarray(offset, (offset += size));
    if (kept && !kept.has(spec.name)) continue;
    if (spec.dtype !== 'float32') {
      weights.push({ spec, bytes });
      continue;
    }
    const values = floats(spec, bytes);
    const { bytes: stored, quantization } = encode(values, encoding(spec.name, values));
    const { quantization: _, ...rest } = spec;
    weights.push({ spec: quantization ? { ...rest, quantization } : rest, bytes: stored });
  }
  if (offset !== bin.length) throw new Error(`quantize: ${bin.length} bytes of weights, ${offset} described`);

  const out = new Uint8Array(weights.reduce((sum, { bytes }) => sum + bytes.length, 0));
  let at = 0;
  for (const { bytes } of weights) {
    out.set(bytes, at);
    at += bytes.length;
  }
  const pruned = kept && {
    modelTopology: {
      ...model.modelTopology,
      node: model.modelTopology.node.filter(node => kept.has(node.name)),
    },
    signature: {
      ...model.signature,
      outputs: Object.fromEntries(outputs.map(key => [key, model.signature?.outputs[key]])),
    },
  };
  const manifest = [{ ...group, weights: weights.map(({ spec }) => spec) }];
  return { json: JSON.stringify({ ...model, ...pruned, weightsManifest: manifest }), bin: out };
}
