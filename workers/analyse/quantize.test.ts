import { expect } from 'chai';
import type * as HumanModule from '@vladmandic/human';
import blazeface from '../../node_modules/@vladmandic/human/models/blazeface.json';
import facemesh from '../../node_modules/@vladmandic/human/models/facemesh.json';
import selfie from './models/selfie.json';
import { quantize, type ModelJson, type WeightSpec } from './quantize.mjs';

/** Where the engine finds its face models (workers/analyse/assets.mjs, set by web-test-runner.config.mjs). */
declare const __HUMAN_BASE__: string;

type Values = Float32Array | Int32Array;
type Tensor = { shape: number[]; data(): Promise<Values> };
type GraphModel = { execute(input: Tensor): Tensor[] };
/** The little of tfjs used here (human types its copy as `any`). */
type Tfjs = {
  setBackend(name: string): Promise<boolean>;
  io: {
    decodeWeights(data: ArrayBuffer, specs: WeightSpec[]): Record<string, Tensor>;
    fromMemory(artifacts: object): object;
  };
  loadGraphModel(source: string | object): Promise<GraphModel>;
  randomUniform(shape: number[], min: number, max: number, dtype: 'float32', seed: number): Tensor;
};

/** tfjs as the engine runs it, inside human's bundle (on its CPU backend here): its decoder is the one that counts. */
let tf: Tfjs;
before(async () => {
  const { Human } = (await import('@vladmandic/human')) as typeof HumanModule;
  tf = new Human().tf as Tfjs;
  await tf.setBackend('cpu');
});

const model = (weights: WeightSpec[]): ModelJson => ({
  modelTopology: { node: [] },
  weightsManifest: [{ paths: ['model.bin'], weights }],
});
const bytesOf = (array: Float32Array | Int32Array | Uint16Array) => new Uint8Array(array.buffer);

/** The weights as tfjs decodes them from a model.json and its .bin. */
async function decoded(json: string, bin: Uint8Array) {
  const specs = (JSON.parse(json) as ModelJson).weightsManifest[0]!.weights;
  const values: Record<string, Values> = {};
  for (const [name, tensor] of Object.entries(tf.io.decodeWeights(bin.slice().buffer, specs)))
    values[name] = await tensor.data();
  return { specs, values };
}

describe('quantize: smaller weights, as tfjs reads them back', () => {
  it('stores each float32 tensor as asked, within its encoding’s error, and the others as they are', async () => {
    const noise = Float32Array.from({ length: 4096 }, (_, i) => Math.sin(i * 12.9898) * 10 ** ((i % 9) - 4));
    const flat = new Float32Array([0.25, 0.25, 0.25]);
    const kept = new Float32Array([Math.PI, -1e-30]);
    const bin = new Uint8Array(
      [noise, noise, flat, kept, new Int32Array([7, -3])].flatMap(array => [...bytesOf(array)]),
    );
    const specs = [
      { name: 'half', shape: [64, 64], dtype: 'float32' },
      { name: 'byte', shape: [64, 64], dtype: 'float32' },
      { name: 'flat', shape: [3], dtype: 'float32' },
      { name: 'kept', shape: [2], dtype: 'float32' },
      { name: 'count', shape: [2], dtype: 'int32' },
    ];
    const asked = { half: 'float16', byte: 'uint8', flat: 'uint8', kept: 'float32' } as const;
    const out = quantize(model(specs), bin, { encoding: name => asked[name as keyof typeof asked] });

    expect(out.bin.length).to.equal(4096 * 2 + 4096 + 3 + 2 * 4 + 2 * 4);
    const { specs: written, values } = await decoded(out.json, out.bin);
    expect(written.map(spec => spec.quantization?.dtype)).to.deep.equal([
      'float16',
      'uint8',
      'uint8',
      undefined,
      undefined,
    ]);
    const { scale = NaN } = written[1]!.quantization!;
    noise.forEach((v, i) => {
      expect(Math.abs(values.half![i]! - v)).to.be.at.most(Math.abs(v) * 2 ** -11 + 2 ** -25);
      expect(Math.abs(values.byte![i]! - v)).to.be.at.most(scale / 2 + 1e-6);
    });
    expect(values.flat).to.deep.equal(flat);
    expect(values.kept).to.deep.equal(kept);
    expect(values.count).to.deep.equal(new Int32Array([7, -3]));
  });

  it('stores every half tfjs decodes as that half, and rounds others to the nearest one (ties to even)', async () => {
    const halves = Uint16Array.from({ length: 0x10000 }, (_, h) => h).filter(h => (h & 0x7c00) !== 0x7c00);
    const shape = [halves.length];
    const asHalves = model([{ name: 'h', shape, dtype: 'float32', quantization: { dtype: 'float16' } }]);
    const { values } = await decoded(JSON.stringify(asHalves), bytesOf(halves));
    const again = quantize(
      model([{ name: 'h', shape, dtype: 'float32' }]),
      bytesOf(values.h as Float32Array),
      {
        encoding: () => 'float16',
      },
    );
    expect(new Uint16Array(again.bin.slice().buffer)).to.deep.equal(halves);
    // A model already in halves comes out the same.
    expect(quantize(asHalves, bytesOf(halves), { encoding: () => 'float16' }).bin).to.deep.equal(
      bytesOf(halves),
    );

    const between = new Float32Array([1 + 2 ** -11, 1 + 3 * 2 ** -11, 65519, 2 ** -25, 3 * 2 ** -26]);
    const rounded = quantize(model([{ name: 'x', shape: [5], dtype: 'float32' }]), bytesOf(between), {
      encoding: () => 'float16',
    });
    const { values: nearest } = await decoded(rounded.json, rounded.bin);
    expect([...nearest.x!]).to.deep.equal([1, 1 + 2 ** -9, 65504, 0, 2 ** -24]);
  });
});

describe('the face models as served (workers/analyse/assets.mjs)', function () {
  this.timeout(120_000);
  // The originals: their model.json imported (the test server would turn a fetched .json into a module).
  const originals = {
    blazeface: { json: blazeface, bin: '/node_modules/@vladmandic/human/models/blazeface.bin' },
    facemesh: { json: facemesh, bin: '/node_modules/@vladmandic/human/models/facemesh.bin' },
    selfie: { json: selfie, bin: '/workers/analyse/models/selfie.bin' },
  } as Record<string, { json: ModelJson & { signature?: object }; bin: string }>;
  const bytes = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());
  const served = async (name: string) => {
    const json = await (await fetch(`${__HUMAN_BASE__}models/${name}.json`)).text();
    return decoded(json, await bytes(`${__HUMAN_BASE__}models/${name}.bin`));
  };

  for (const [name, original] of Object.entries(originals))
    it(`${name}: each weight the original’s value exactly (they are halves already)`, async () => {
      const before = await decoded(JSON.stringify(original.json), await bytes(original.bin));
      const after = await served(name);
      const floats = after.specs.filter(spec => spec.dtype === 'float32');
      expect(floats.every(spec => spec.quantization?.dtype === 'float16')).to.equal(true);
      for (const spec of after.specs)
        expect(after.values[spec.name], spec.name).to.deep.equal(before.values[spec.name]);
      const dropped = before.specs.filter(spec => !(spec.name in after.values));
      expect(dropped.length > 0).to.equal(name === 'facemesh'); // its contours' branch
    });

  it('facemesh without its contours: the mesh and the face flag exactly as the original computes them', async () => {
    const { json, bin } = originals.facemesh!;
    const original = await tf.loadGraphModel(
      tf.io.fromMemory({
        modelTopology: json.modelTopology,
        weightSpecs: json.weightsManifest[0]!.weights,
        weightData: (await bytes(bin)).buffer,
        signature: json.signature,
      }),
    );
    const slim = await tf.loadGraphModel(`${__HUMAN_BASE__}models/facemesh.json`);
    const input = tf.randomUniform([1, 192, 192, 3], 0, 1, 'float32', 11);
    const run = (graph: GraphModel) =>
      Promise.all(
        graph.execute(input).map(async output => ({ shape: output.shape, values: await output.data() })),
      );
    const [before, after] = [await run(original), await run(slim)];
    expect(after.map(output => output.shape)).to.deep.equal([
      [1, 1404],
      [1, 1],
    ]);
    expect(after).to.deep.equal(before.filter(output => output.shape[1] !== 266));
  });
});
