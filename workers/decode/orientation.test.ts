import { expect } from 'chai';
import { guard, type SourceInfo } from '../sniff/guard';
import { decode, maxBitmapPixels } from './decode';
import { orientedJpeg } from './oriented-jpeg';

/**
 * The orientation matrix: every EXIF orientation, portrait and landscape, small to above the 16.7 MP cap, cropped
 * anywhere at two scales, must give the same pixels as the same region of the upright photo. Photos are generated
 * here (no binary fixture), stored so that their orientation shows the reference upright again.
 */

type Rect = { x: number; y: number; width: number; height: number };
type Photo = { width: number; height: number; regions: string[]; scales: number[] };

/** Regions as fractions of the displayed photo: centred, touching corners, thin strips near edges, off-centre. */
const regions: Record<string, [number, number, number, number]> = {
  'whole photo': [0, 0, 1, 1],
  'centred crop': [0.25, 0.25, 0.5, 0.5],
  'top-left corner': [0, 0, 0.4, 0.3],
  'bottom-right corner': [0.55, 0.7, 0.45, 0.3],
  'thin strip along the right edge': [0.9, 0.05, 0.1, 0.5],
  'thin strip near the bottom': [0.1, 0.87, 0.6, 0.08],
  'off-centre face': [0.12, 0.06, 0.42, 0.5],
};
const everyRegion = Object.keys(regions);

const photos: Photo[] = [
  { width: 320, height: 480, regions: everyRegion, scales: [1, 0.3] }, // guard() refuses a side under 300
  { width: 480, height: 320, regions: everyRegion, scales: [1, 0.3] },
  { width: 1200, height: 1800, regions: everyRegion, scales: [1, 0.3] },
  { width: 1800, height: 1200, regions: everyRegion, scales: [1, 0.3] },
  // 17.9 MP, above the cap (3000 × 4000 is under it): the decode itself scales the whole photo. Fewer crops here,
  // as each decodes all 18 MP.
  {
    width: 3456,
    height: 5184,
    regions: ['whole photo', 'top-left corner', 'thin strip along the right edge'],
    scales: [1],
  },
];

/** Cells of a grid, each a colour picked by a hash of its place: any turn, mirror or shift changes what is seen. */
const cellsAcross = 8;
const levels = [30, 140, 235];
function cellColour(column: number, row: number): number[] {
  const hash = (column * 7 + row * 13 + column * row * 5 + 3) % 27;
  return [levels[hash % 3]!, levels[Math.floor(hash / 3) % 3]!, levels[Math.floor(hash / 9)]!];
}
const cellSize = ({ width, height }: { width: number; height: number }) =>
  Math.ceil(Math.min(width, height) / cellsAcross);

function reference(width: number, height: number): OffscreenCanvas {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  const size = cellSize(canvas);
  for (let row = 0; row * size < height; row++)
    for (let column = 0; column * size < width; column++) {
      context.fillStyle = `rgb(${cellColour(column, row).join(' ')})`;
      context.fillRect(column * size, row * size, size, size);
    }
  return canvas;
}

/** `source`'s rectangle `from` shrunk to a thumbnail: decode and reference resample alike, codec noise averages out. */
function thumbnail(source: CanvasImageSource, from: Rect, width: number, height: number): Uint8ClampedArray {
  const context = new OffscreenCanvas(width, height).getContext('2d')!;
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, from.x, from.y, from.width, from.height, 0, 0, width, height);
  return context.getImageData(0, 0, width, height).data;
}

function expectSameAsReference(bitmap: ImageBitmap, upright: OffscreenCanvas, region: Rect) {
  // No bigger than the bitmap: the reference is then resampled once, as the decode did.
  const long = Math.min(160, Math.max(bitmap.width, bitmap.height));
  const [width, height] =
    region.width >= region.height
      ? [long, Math.max(4, Math.round((long * region.height) / region.width))]
      : [Math.max(4, Math.round((long * region.width) / region.height)), long];
  const got = thumbnail(bitmap, { x: 0, y: 0, width: bitmap.width, height: bitmap.height }, width, height);
  const expected = thumbnail(upright, region, width, height);
  const difference =
    got.reduce((sum, value, i) => sum + Math.abs(value - expected[i]!), 0) / (width * height * 3);
  expect(difference, 'mean difference per channel').to.be.below(6);
  // Probe points: the centres of the cells well inside the region keep their exact colour.
  const size = cellSize(upright);
  const inside = (start: number, length: number) =>
    Array.from({ length: 40 }, (_, i) => (i + 0.5) * size).filter(
      centre => centre - size / 3 >= start && centre + size / 3 <= start + length,
    );
  const [xs, ys] = [inside(region.x, region.width), inside(region.y, region.height)];
  for (const [cx, cy] of [
    [xs[0], ys[0]],
    [xs.at(-1), ys.at(-1)],
    [xs.at(-1), ys[0]],
  ] as const) {
    if (cx === undefined || cy === undefined) continue;
    const [u, v] = [((cx - region.x) / region.width) * width, ((cy - region.y) / region.height) * height];
    const at = 4 * (Math.floor(v) * width + Math.floor(u));
    const colour = cellColour(Math.floor(cx / size), Math.floor(cy / size));
    const seen = [...got.subarray(at, at + 3)];
    const off = Math.max(...seen.map((value, i) => Math.abs(value - colour[i]!)));
    expect(off, `colour ${seen} at ${cx},${cy}, cell colour ${colour}`).to.be.below(40);
  }
}

const regionOf = ([x, y, width, height]: number[], photo: Photo): Rect => ({
  x: Math.round(x! * photo.width),
  y: Math.round(y! * photo.height),
  width: Math.round(width! * photo.width),
  height: Math.round(height! * photo.height),
});
const shape = ({ width, height }: Photo) =>
  `${width} × ${height} ${width > height ? 'landscape' : 'portrait'}`;

describe('orientation matrix: decode(file, info, region) gives the region of the upright photo', () => {
  for (const photo of photos)
    describe(`shown ${shape(photo)}`, function () {
      this.timeout(30_000);
      let upright: OffscreenCanvas;
      before(() => (upright = reference(photo.width, photo.height)));
      for (let orientation = 1; orientation <= 8; orientation++)
        describe(`orientation ${orientation}`, () => {
          let file: Blob;
          let info: SourceInfo;
          before(async () => {
            file = await orientedJpeg(upright, orientation, 0.9);
            info = await guard(file, 'fr');
          });
          for (const name of photo.regions)
            for (const scale of photo.scales)
              it(`orientation ${orientation}, shown ${shape(photo)}: ${name} at ×${scale}`, async () => {
                expect([info.width, info.height], 'displayed size').to.deep.equal([
                  photo.width,
                  photo.height,
                ]);
                const rect = regionOf(regions[name]!, photo);
                const bitmap = await decode(file, info, { ...rect, scale });
                const capped = Math.min(scale, Math.sqrt(maxBitmapPixels / (rect.width * rect.height)));
                expect(bitmap.width, 'width').to.be.closeTo(rect.width * capped, 1);
                expect(bitmap.height, 'height').to.be.closeTo(rect.height * capped, 1);
                expectSameAsReference(bitmap, upright, rect);
                bitmap.close();
              });
        });
    });
});
