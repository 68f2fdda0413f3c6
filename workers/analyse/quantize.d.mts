// Types for quantize.mjs (plain JavaScript so that assets.mjs runs it in node).

/** How a float32 tensor is stored: as is, as IEEE halves, or as 256 levels between its min and max. */
export type Encoding = 'float32' | 'float16' | 'uint8';
export type Quantization = { dtype: 'float16' | 'uint8' | 'uint16'; min?: number; scale?: number };
export type WeightSpec = { name: string; shape: number[]; dtype: string; quantization?: Quantization };
/** The parts of a tfjs graph model's model.json read here; the rest is kept as it is. */
export type ModelJson = {
  modelTopology: { node: { name: string; input?: string[] }[] };
  weightsManifest: { paths: string[]; weights: WeightSpec[] }[];
  signature?: { outputs: Record<string, { name: string }> };
};

export function quantize(
  model: ModelJson,
  bin: Uint8Array,
  options: { encoding: (name: string, values: Float32Array) => Encoding; outputs?: string[] },
): { json: string; bin: Uint8Array };
