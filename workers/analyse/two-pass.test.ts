import { expect } from 'chai';
import type { Check } from '../../shared/engine';
import { profiles } from '../../shared/profiles';
import { makeEngine } from '../bridge';

const spec = profiles.find(p => p.id === 'demo')!.photo;
const status = (checks: Check[], id: string) => checks.find(check => check.id === id)?.status;

/** Real portraits (tests/fixtures/real/) drawn small on a large grey canvas, as in a full-length or group photo. */
async function scene(
  width: number,
  height: number,
  people: { file: string; x: number; y: number; h: number }[],
) {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#9a9a9a';
  context.fillRect(0, 0, width, height);
  for (const { file, x, y, h } of people) {
    const bitmap = await createImageBitmap(await (await fetch(`/tests/fixtures/real/${file}`)).blob());
    context.drawImage(bitmap, x, y, (bitmap.width * h) / bitmap.height, h);
    bitmap.close();
  }
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
}

describe('two-pass face analysis', () => {
  const engine = makeEngine();
  after(() => engine.terminate());

  it('two people side by side, each face about a tenth of the width: both found, face.count fails', async () => {
    // img30 and img4 at 1100 px high: their faces are about 400 px wide in a 4000 px photo.
    const photo = await scene(4000, 1500, [
      { file: 'img30.jpg', x: 500, y: 200, h: 1100 },
      { file: 'img4.jpg', x: 2200, y: 200, h: 1100 },
    ]);
    const result = await engine.process(photo, spec);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.face?.count).to.equal(2);
    expect(status(result.checks, 'face.count')).to.equal('fail');
  });

  it('a small face in a large photo is measured on its own crop: closed mouth, open eyes, facing the camera', async () => {
    // img30 (closed mouth, frontal) 700 px high in a 5000 × 4000 photo: about 110 px between eyes and chin.
    const photo = await scene(5000, 4000, [{ file: 'img30.jpg', x: 2000, y: 1200, h: 700 }]);
    const result = await engine.process(photo, spec);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.face?.count).to.equal(1);
    for (const id of ['face.mouth_closed', 'face.eyes_open', 'face.pose'])
      expect([id, status(result.checks, id)]).to.deep.equal([id, 'pass']);
    const mouth = result.checks.find(check => check.id === 'face.mouth_closed')!;
    expect(mouth.value).to.be.below(0.03);
  });
});
