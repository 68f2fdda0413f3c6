import { expect } from 'chai';
import { EngineError } from '../errors';
import { blobReader, headBytes } from './bytes';
import { guard } from './guard';
import { readSize } from './header';
import { sniffFormat } from './sniff';

type Part = number[] | Uint8Array | string;
const bytesOf = (...parts: Part[]) =>
  new Uint8Array(
    parts.flatMap(part => (typeof part === 'string' ? [...part].map(c => c.charCodeAt(0)) : [...part])),
  );
const u16 = (n: number) => [n >> 8, n & 0xff];
const u32 = (n: number) => [n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];

const box = (type: string, ...body: Part[]) => {
  const content = bytesOf(...body);
  return bytesOf(u32(8 + content.length), type, content);
};
const fullBox = (type: string, version: number, flags: number, ...body: Part[]) =>
  box(type, [version, 0, 0, flags], ...body);
const ispe = (width: number, height: number) => fullBox('ispe', 0, 0, u32(width), u32(height));
/** Version 0: 16-bit item ids, 7-bit property indices (the top bit marks an essential property). */
const ipma = (items: Record<number, number[]>) =>
  fullBox(
    'ipma',
    0,
    0,
    u32(Object.keys(items).length),
    ...Object.entries(items).map(([id, indices]) => [...u16(Number(id)), indices.length, ...indices]),
  );
const heif = (
  brand: string,
  { primary = 1, properties = [] as Uint8Array[], associations = ipma({}), before = [] as Uint8Array[] },
) =>
  bytesOf(
    box('ftyp', brand, u32(0), 'mif1', brand),
    ...before,
    fullBox(
      'meta',
      0,
      0,
      fullBox('hdlr', 0, 0, u32(0), 'pict', u32(0), u32(0), u32(0), [0]),
      fullBox('pitm', 0, 0, u16(primary)),
      box('iprp', box('ipco', ...properties), associations),
    ),
    box('mdat', new Uint8Array(64)),
  );

async function sizeOf(file: Blob | Uint8Array<ArrayBuffer>) {
  const blob = file instanceof Blob ? file : new Blob([file]);
  const head = new Uint8Array(await blob.slice(0, headBytes).arrayBuffer());
  return readSize(sniffFormat(head), blobReader(blob, head));
}
async function failure(file: Uint8Array<ArrayBuffer>): Promise<string> {
  try {
    return `no error: ${JSON.stringify(await sizeOf(file))}`;
  } catch (error) {
    return error instanceof EngineError ? error.code : String(error);
  }
}

describe('readSize for HEIC and AVIF (ispe, irot)', () => {
  it('takes a 48 MP HEIC and refuses more than 50 MP: libheif decodes it whole, in WebAssembly memory', async () => {
    const heic = (width: number, height: number) =>
      new Blob([heif('heic', { properties: [ispe(width, height)], associations: ipma({ 1: [1] }) })]);
    const answer = (file: Blob) =>
      guard(file, 'fr').then(
        info => `ok ${info.width} × ${info.height}`,
        (error: EngineError) => `${error.code} ${JSON.stringify(error.params)}`,
      );
    expect(await answer(heic(8064, 6048))).to.equal('ok 8064 × 6048');
    expect(await answer(heic(10_000, 6_000))).to.equal('image.too_many_pixels {"megapixels":60,"limit":50}');
  });

  it('reads the HEIC fixture (720 × 576)', async () => {
    const heic = await (await fetch('/tests/fixtures/formats/franck.heic')).blob();
    expect(await sizeOf(heic)).to.deep.equal({ width: 720, height: 576 });
  });

  it('takes the primary item’s extents, turned a quarter by irot 90° or 270°', async () => {
    const properties = [ispe(5000, 4000), ispe(4032, 3024), box('irot', [1]), box('irot', [2])];
    const turned = heif('heic', { primary: 2, properties, associations: ipma({ 1: [1], 2: [0x82, 3] }) });
    expect(await sizeOf(turned)).to.deep.equal({ width: 3024, height: 4032 });
    const halfTurn = heif('heic', { primary: 2, properties, associations: ipma({ 2: [2, 0x84] }) });
    expect(await sizeOf(halfTurn)).to.deep.equal({ width: 4032, height: 3024 });
  });

  it('reads 32-bit item ids and 15-bit property indices (ipma version 1, flags 1)', async () => {
    const wide = fullBox('ipma', 1, 1, u32(1), u32(70_000), [2], u16(0x8001), u16(2));
    const file = bytesOf(
      box('ftyp', 'avif', u32(0), 'avif'),
      fullBox(
        'meta',
        0,
        0,
        fullBox('pitm', 1, 0, u32(70_000)),
        box('iprp', box('ipco', ispe(1000, 800), box('irot', [3])), wide),
      ),
    );
    expect(await sizeOf(file)).to.deep.equal({ width: 800, height: 1000 });
  });

  it('takes the largest extents when no association names the primary item', async () => {
    const file = heif('heic', { properties: [ispe(512, 512), ispe(4032, 3024), ispe(320, 240)] });
    expect(await sizeOf(file)).to.deep.equal({ width: 4032, height: 3024 });
  });

  it('steps over a large mdat placed before meta, including a 64-bit box size', async () => {
    const big = box('mdat', new Uint8Array(3 * headBytes));
    const large = bytesOf(u32(1), 'free', [0, 0, 0, 0], u32(16 + 100), new Uint8Array(100));
    const file = heif('avif', { properties: [ispe(2000, 1500)], before: [big, large] });
    expect(await sizeOf(file)).to.deep.equal({ width: 2000, height: 1500 });
  });

  it('calls a file without meta, or with a box running past the end, corrupt', async () => {
    expect(await failure(bytesOf(box('ftyp', 'heic', u32(0), 'heic'), box('mdat', [1, 2, 3])))).to.equal(
      'image.corrupt',
    );
    const whole = heif('heic', { properties: [ispe(2000, 1500)] });
    expect(await failure(whole.slice(0, 80))).to.equal('image.corrupt');
    expect(await failure(heif('heic', { properties: [box('pixi', [0])] }))).to.equal('image.corrupt');
  });
});
