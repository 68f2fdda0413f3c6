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
    expect(await answer(png(10_001, 10_000))).to.equal(
      'image.too_many_pixels {"megapixels":101,"limit":100}',
    );
    expect(await answer(await fixture('generated/ihdr-60000.png'))).to.equal(
      'image.too_many_pixels {"megapixels":3600,"limit":100}',
    );
    expect(await answer(await fixture('generated/sof-65000.jpg'))).to.equal(
      'image.too_many_pixels {"megapixels":4225,"limit":100}',
    );
  });

  it('counts a GIF’s first image where it goes past the logical screen, as the decoder would allocate it', async () => {
    const le = (n: number) => [n & 0xff, n >> 8];
    const gif = (screen: number, frame: number, colours = true) =>
      new Blob([
        new Uint8Array([
          ...[71, 73, 70, 56, 57, 97], // GIF89a
          ...le(screen),
          ...le(screen),
          colours ? 0xf7 : 0, // a global colour table of 256 colours
          0,
          0,
          ...(colours ? new Array(3 * 256).fill(0) : []),
          ...[0x21, 0xff, 11, ...new Array(11).fill(65), 3, 1, 0, 0, 0], // an application extension (a loop)
          ...[0x21, 0xfe, 4, 104, 105, 33, 33, 0], // a comment
          ...[0x2c, ...le(0), ...le(0), ...le(frame), ...le(frame), 0],
        ]),
      ]);
    expect(await answer(gif(400, 20_000))).to.equal('image.too_many_pixels {"megapixels":400,"limit":100}');
    expect(await answer(gif(400, 20_000, false))).to.equal(
      'image.too_many_pixels {"megapixels":400,"limit":100}',
    );
    expect(await answer(gif(400, 300))).to.equal('ok {"format":"gif","width":400,"height":400}');
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
