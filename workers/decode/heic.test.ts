import { expect } from 'chai';
import { EngineError } from '../errors';
import { maxBitmapPixels } from './decode';
import { decodeHeic } from './heic';

const fixture = async (path: string) => (await fetch(`/tests/fixtures/${path}`)).blob();
const bytesOf = async (path: string) => new Uint8Array(await (await fixture(path)).arrayBuffer());
const libheifRequests = () =>
  performance
    .getEntriesByType('resource')
    .map(entry => new URL(entry.name))
    .filter(url => /\/libheif\.(js|wasm)$/.test(url.pathname) && !url.searchParams.has('url'));

/** Mean absolute difference (0–255) of two images drawn at 90 × 72; `crop` takes a region of `a`. */
function difference(a: CanvasImageSource, b: CanvasImageSource, crop?: [number, number, number, number]) {
  const pixels = (source: CanvasImageSource, region?: [number, number, number, number]) => {
    const context = new OffscreenCanvas(90, 72).getContext('2d')!;
    if (region) context.drawImage(source, ...region, 0, 0, 90, 72);
    else context.drawImage(source, 0, 0, 90, 72);
    return context.getImageData(0, 0, 90, 72).data;
  };
  const [pa, pb] = [pixels(a, crop), pixels(b)];
  let sum = 0;
  for (let i = 0; i < pa.length; i++) sum += Math.abs(pa[i]! - pb[i]!);
  return sum / pa.length;
}

/** The JPEG turned a quarter anticlockwise, as irot 1 asks. */
function anticlockwise(image: ImageBitmap): OffscreenCanvas {
  const canvas = new OffscreenCanvas(image.height, image.width);
  const context = canvas.getContext('2d')!;
  context.translate(0, image.width);
  context.rotate(-Math.PI / 2);
  context.drawImage(image, 0, 0);
  return canvas;
}

const ascii = (type: string) => new TextEncoder().encode(type);
const u16 = (n: number) => [n >> 8, n & 255];
const u32 = (n: number) => [n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255];
const box = (type: string, ...body: ArrayLike<number>[]): number[] => {
  const bytes = body.flatMap(part => Array.from(part));
  return [...u32(8 + bytes.length), ...ascii(type), ...bytes];
};
/** A "full box": `head` is the version (high byte) and the flags. */
const full = (type: string, head: number, ...body: ArrayLike<number>[]) => box(type, u32(head), ...body);

/**
 * A HEIC laid out like an iPhone's: hidden HEVC tiles (here all the fixture's 720 × 576 image) assembled by a grid
 * item that carries the rotation. ImageMagick, which made the fixture, writes neither grids nor irot.
 */
async function gridHeic(columns: number, rows: number, quarterTurns = 0): Promise<Blob> {
  const source = await bytesOf('formats/franck.heic');
  const boxAt = (type: string) => {
    const at = source.findIndex((_, i) => String.fromCharCode(...source.subarray(i, i + 4)) === type) - 4;
    return source.subarray(at, at + new DataView(source.buffer).getUint32(at));
  };
  const tile = boxAt('mdat').subarray(8);
  const tiles = Array.from({ length: columns * rows }, (_, i) => i + 1);
  const grid = tiles.length + 1;
  const [width, height] = [720 * columns, 576 * rows];
  const gridData = [0, 0, rows - 1, columns - 1, ...u16(width), ...u16(height)];
  const infe = (id: number, type: string, hidden: number) =>
    full('infe', 0x2000000 | hidden, u16(id), u16(0), ascii(type), [0]);
  const ispe = (w: number, h: number) => full('ispe', 0, u32(w), u32(h));
  const links = (id: number, ...properties: number[]) => [...u16(id), properties.length, ...properties];
  // Item, data_reference_index 0, one extent: offset, length.
  const extent = (id: number, at: number, length: number) =>
    [u16(id), u16(0), u16(1), u32(at), u32(length)].flat();
  const ipco = box('ipco', boxAt('hvcC'), ispe(720, 576), ispe(width, height), box('irot', [quarterTurns]));
  // Property 1 (hvcC) and 4 (irot) are essential: the high bit.
  const ipma = full('ipma', 0, u32(grid), ...tiles.map(id => links(id, 0x81, 2)), links(grid, 3, 0x84));
  const iloc = (dataAt: number) => {
    const extents = [
      ...tiles.map(id => extent(id, dataAt, tile.length)),
      extent(grid, dataAt + tile.length, gridData.length),
    ];
    return full('iloc', 0, [0x44, 0], u16(extents.length), ...extents); // 4-byte offsets and lengths
  };
  const meta = (dataAt: number) =>
    full(
      'meta',
      0,
      full('hdlr', 0, u32(0), ascii('pict'), u32(0), u32(0), u32(0), [0]),
      full('pitm', 0, u16(grid)),
      full('iinf', 0, u16(grid), ...tiles.map(id => infe(id, 'hvc1', 1)), infe(grid, 'grid', 0)),
      full('iref', 0, box('dimg', u16(grid), u16(tiles.length), ...tiles.map(u16))),
      box('iprp', ipco, ipma),
      iloc(dataAt),
    );
  const ftyp = box('ftyp', ascii('heic'), u32(0), ascii('mif1heic'));
  const dataAt = ftyp.length + meta(0).length + 8;
  return new Blob([new Uint8Array([...ftyp, ...meta(dataAt), ...box('mdat', tile, gridData)])]);
}

async function expectCorrupt(file: Blob) {
  const error: unknown = await decodeHeic(file).then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).to.be.instanceOf(EngineError);
  expect((error as EngineError).code).to.equal('image.corrupt');
}

describe('decodeHeic (libheif-js)', () => {
  let jpeg: ImageBitmap;
  before(async () => (jpeg = await createImageBitmap(await fixture('photos/franck_02045.jpg'))));

  it('downloads libheif only when the first HEIC is decoded', async () => {
    expect(libheifRequests()).to.deep.equal([]);
    (await decodeHeic(await fixture('formats/franck.heic'))).close();
    expect(libheifRequests().map(url => url.pathname.split('.').pop())).to.have.members(['js', 'wasm']);
  });

  it('decodes the fixture to the pixels of the JPEG it was made from', async () => {
    const bitmap = await decodeHeic(await fixture('formats/franck.heic'));
    expect([bitmap.width, bitmap.height]).to.deep.equal([720, 576]);
    expect(difference(bitmap, jpeg)).to.be.below(4);
  });

  it('applies the rotation stored on an iPhone-style grid', async () => {
    const bitmap = await decodeHeic(await gridHeic(1, 1, 1));
    expect([bitmap.width, bitmap.height]).to.deep.equal([576, 720]);
    expect(difference(bitmap, anticlockwise(jpeg))).to.be.below(4);
  });

  it('scales a grid above 16.7 MP down to the limit, keeping its shape', async () => {
    const bitmap = await decodeHeic(await gridHeic(7, 6)); // 5040 × 3456 = 17.4 MP
    expect(bitmap.width * bitmap.height)
      .to.be.at.most(maxBitmapPixels)
      .and.above(maxBitmapPixels * 0.999);
    expect(bitmap.width / bitmap.height).to.be.closeTo(5040 / 3456, 0.001);
    const tile: [number, number, number, number] = [0, 0, bitmap.width / 7, bitmap.height / 6];
    expect(difference(bitmap, jpeg, tile)).to.be.below(4);
  });

  it('answers image.corrupt for a truncated HEIC, within 10 s', async function () {
    this.timeout(10_000);
    await expectCorrupt(new Blob([(await fixture('formats/franck.heic')).slice(0, 2048)]));
  });

  it('answers image.corrupt for a HEIC header followed by noise, and still decodes afterwards', async () => {
    const header = (await bytesOf('formats/franck.heic')).subarray(0, 32);
    await expectCorrupt(new Blob([header, Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) & 255)]));
    expect((await decodeHeic(await fixture('formats/franck.heic'))).width).to.equal(720);
  });
});
