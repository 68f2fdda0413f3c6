import { expect } from 'chai';
import { profiles } from '../shared/profiles';
import { makeEngine } from './bridge';

const spec = profiles.find(p => p.id === 'demo')!.photo;
const fixture = async (path: string) => (await fetch(`/tests/fixtures/${path}`)).blob();

/** A photo-like JPEG: gradients plus noise, so it does not compress to nothing. */
async function generatedPhoto(width: number, height: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  const gradient = context.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, '#c9d6e3');
  gradient.addColorStop(1, '#6b4f3a');
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
  const noise = context.getImageData(0, 0, width, 200);
  for (let i = 0; i < noise.data.length; i++) noise.data[i] = (noise.data[i]! + Math.random() * 60) | 0;
  for (let y = 0; y < height; y += 200) context.putImageData(noise, 0, y);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
}

/** JPEG segments before the image data: [marker, length] pairs. */
function segments(bytes: Uint8Array): number[] {
  const markers: number[] = [];
  for (let i = 2; i < bytes.length && bytes[i] === 0xff;) {
    const marker = bytes[i + 1]!;
    markers.push(marker);
    if (marker === 0xda) break;
    i += 2 + ((bytes[i + 2]! << 8) | bytes[i + 3]!);
  }
  return markers;
}

describe('engine (worker, comlink, pica)', () => {
  const engine = makeEngine();
  after(() => engine.terminate());

  it('turns a 3000 × 4000 photo into a 413 × 531 JPEG of at most 60 000 bytes', async () => {
    const result = await engine.process(await generatedPhoto(3000, 4000), spec);
    if (!result.ok) throw new Error(result.error.message);
    const output = result.output!;
    expect(output.blob.type).to.equal('image/jpeg');
    expect([output.width, output.height]).to.deep.equal([413, 531]);
    expect(output.bytes).to.equal(output.blob.size).and.be.at.most(60_000);
    expect(output.quality).to.be.within(0.75, 0.95);
    const bitmap = await createImageBitmap(output.blob);
    expect([bitmap.width, bitmap.height]).to.deep.equal([413, 531]);
    // Gradients and noise, no face: the report blocks it, and says why.
    expect(result.verdict).to.equal('blocked');
    expect(result.checks.find(check => check.id === 'face.count')).to.include({ status: 'fail' });
    expect(result.checks.find(check => check.id === 'output.bytes')).to.include({ status: 'pass' });
    expect(result.frame).to.deep.equal({ x: 0, y: 71, width: 3000, height: 3857, rotation: 0 });
    expect(result.timings.total).to.be.greaterThan(0);
  });

  it('leaves no EXIF, XMP or GPS in the output', async () => {
    const source = new Uint8Array(await (await fixture('formats/gps.jpg')).arrayBuffer());
    expect(segments(source)).to.include(0xe1); // the fixture does carry EXIF with GPS
    const result = await engine.process(await fixture('formats/gps.jpg'), spec);
    if (!result.ok) throw new Error(result.error.message);
    const markers = segments(new Uint8Array(await result.output!.blob.arrayBuffer()));
    expect(markers).not.to.include(0xe1);
    expect(markers[0]).to.equal(0xe0); // JFIF
  });

  const bad: [string, () => Promise<Blob>, string, RegExp][] = [
    ['an empty file', async () => new Blob([]), 'file.empty', /vide/],
    [
      'a text file named .jpg',
      async () => new Blob(['bonjour'], { type: 'image/jpeg' }),
      'format.unsupported',
      /JPEG/,
    ],
    ['a TIFF', () => fixture('formats/photo.tiff'), 'format.unsupported', /TIFF/],
    ['a 200 × 200 image', () => generatedPhoto(200, 200), 'image.too_small', /200\u00a0×\u00a0200|200 × 200/],
    [
      'a truncated JPEG',
      async () => new Blob([(await fixture('photos/franck_02045.jpg')).slice(0, 600)]),
      'image.corrupt',
      /abîmée/,
    ],
  ];
  for (const [name, make, code, message] of bad) {
    it(`answers ${code} for ${name}, in French`, async () => {
      const result = await engine.process(await make(), spec);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.error.code).to.equal(code);
      expect(result.error.message).to.match(message);
    });
  }

  it('answers in English when asked', async () => {
    const result = await engine.process(new Blob([]), spec, { lang: 'en' });
    expect(result).to.deep.equal({
      ok: false,
      error: { code: 'file.empty', message: 'This file is empty. Choose another photo.' },
    });
  });

  it('stops on abort, and the next photo starts a new worker', async () => {
    const controller = new AbortController();
    const pending = engine.process(await generatedPhoto(3000, 4000), spec, {}, controller.signal);
    controller.abort();
    expect(await pending)
      .to.include({ ok: false })
      .and.have.nested.property('error.code', 'engine.aborted');
    const next = await engine.process(await fixture('photos/franck_02045.jpg'), spec);
    expect(next.ok).to.equal(true);
  });
});

describe('engine lifetime', () => {
  it('an idle worker ends itself, and the next photo starts a new one', async function () {
    this.timeout(30_000);
    // The bridge's own idle stop is set far away: the worker's 12 s self-exit must be what frees it.
    const engine = makeEngine({ idleMs: 60_000 });
    const first = await engine.process(await fixture('photos/franck_02045.jpg'), spec);
    expect(first.ok).to.equal(true);
    expect(engine.alive()).to.equal(true);
    await new Promise(resolve => setTimeout(resolve, 13_000));
    expect(engine.alive()).to.equal(false);
    const second = await engine.process(await fixture('photos/franck_02045.jpg'), spec);
    expect(second.ok).to.equal(true);
    engine.terminate();
  });

  it('a photo that takes too long is stopped with a clear answer', async () => {
    const engine = makeEngine({ timeoutMs: 1 });
    const result = await engine.process(await generatedPhoto(3000, 4000), spec);
    expect(result).to.have.nested.property('error.code', 'engine.internal');
    engine.terminate();
  });
});
