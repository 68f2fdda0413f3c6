import { expect } from 'chai';
import type { Lang } from '../../shared/i18n';
import { EngineError } from '../errors';
import { guard, maxFileBytes } from './guard';

const fixture = async (path: string) => (await fetch(`/tests/fixtures/${path}`)).blob();
const u32 = (n: number) => [n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const png = (width: number, height: number) =>
  new Blob([
    new Uint8Array([
      0x89,
      0x50,
      0x4e,
      0x47,
      13,
      10,
      26,
      10,
      ...u32(13),
      73,
      72,
      68,
      82,
      ...u32(width),
      ...u32(height),
    ]),
  ]);

/** The refusal as `code {params}`, or `ok` with what guard found. */
async function answer(file: Blob, lang: Lang = 'fr'): Promise<string> {
  try {
    return `ok ${JSON.stringify(await guard(file, lang))}`;
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    return `${error.code} ${JSON.stringify(error.params)}`;
  }
}

describe('guard: every refusal known before decoding', () => {
  it('describes the photos it lets through, with their displayed size', async () => {
    expect(await answer(await fixture('photos/franck_02045.jpg'))).to.equal(
      'ok {"format":"jpeg","width":720,"height":576}',
    );
    expect(await answer(await fixture('formats/orient6.jpg'))).to.equal(
      'ok {"format":"jpeg","width":720,"height":576,"transposed":true,"orientation":6}',
    );
    expect(await answer(await fixture('formats/franck.heic'))).to.equal(
      'ok {"format":"heic","width":720,"height":576}',
    );
    expect(await answer(png(300, 300))).to.equal('ok {"format":"png","width":300,"height":300}');
  });

  it('refuses an empty file', async () => {
    expect(await answer(new Blob([]))).to.equal('file.empty {}');
  });

  it('refuses a file over 40 MB, saying its size in the person’s language', async () => {
    const header = await png(1000, 1000).arrayBuffer();
    const padded = (size: number) => new Blob([header, new Uint8Array(size - header.byteLength)]);
    expect(await answer(padded(maxFileBytes))).to.match(/^ok /);
    expect(await answer(padded(maxFileBytes + 1))).to.equal('file.too_large {"size":"41,9\u202fMo"}');
    expect(await answer(padded(maxFileBytes + 1), 'en')).to.equal('file.too_large {"size":"41.9 MB"}');
  });

  it('names what an unsupported file is, in the person’s language', async () => {
    const cases: [Blob, string, string][] = [
      [await fixture('formats/photo.tiff'), 'TIFF', 'TIFF'],
      [await fixture('generated/minimal.pdf'), 'PDF', 'PDF'],
      [await fixture('generated/script.svg'), 'SVG', 'SVG'],
      [await fixture('generated/text.jpg'), 'texte', 'text'],
      [new Blob([new Uint8Array([0, 0, 0, 20]), 'ftypisom\0\0\0\0isom']), 'vidéo', 'video'],
      [new Blob([new Uint8Array([0, 1, 2, 3, 0, 0xfe])]), 'inconnu', 'unknown'],
    ];
    for (const [file, fr, en] of cases) {
      expect(await answer(file)).to.equal(`format.unsupported {"format":"${fr}"}`);
      expect(await answer(file, 'en')).to.equal(`format.unsupported {"format":"${en}"}`);
    }
  });

  it('refuses more than 100 megapixels from the header alone, rounding the count up', async () => {
    expect(await answer(png(10_000, 10_000))).to.match(/^ok /);
    expect(await answer(png(10_001, 10_000))).to.equal('image.too_many_pixels {"megapixels":101}');
    expect(await answer(await fixture('generated/ihdr-60000.png'))).to.equal(
      'image.too_many_pixels {"megapixels":3600}',
    );
    expect(await answer(await fixture('generated/sof-65000.jpg'))).to.equal(
      'image.too_many_pixels {"megapixels":4225}',
    );
  });

  it('refuses a short side under 300 pixels, giving the displayed size', async () => {
    expect(await answer(png(299, 1000))).to.equal('image.too_small {"width":299,"height":1000}');
    expect(await answer(await fixture('formats/animated.gif'))).to.equal(
      'image.too_small {"width":360,"height":288}',
    );
  });

  it('calls a file whose header is cut short corrupt', async () => {
    expect(await answer(png(1000, 1000).slice(0, 20))).to.equal('image.corrupt {}');
    expect(await answer((await fixture('formats/franck.heic')).slice(0, 200))).to.equal('image.corrupt {}');
  });
});
