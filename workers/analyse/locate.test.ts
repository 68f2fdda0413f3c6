import { expect } from 'chai';
import { profiles } from '../../shared/profiles';
import { makeEngine } from '../bridge';

const spec = profiles.find(p => p.id === 'demo')!.photo;

/** A fixture as the camera dialog sends it: a bitmap at most 480 px on its long side. */
async function frame(path: string): Promise<ImageBitmap> {
  const blob = await (await fetch(`/tests/fixtures/${path}`)).blob();
  const full = await createImageBitmap(blob);
  const scale = 480 / Math.max(full.width, full.height);
  const small = await createImageBitmap(full, {
    resizeWidth: Math.round(full.width * scale),
    resizeHeight: Math.round(full.height * scale),
  });
  full.close();
  return small;
}

describe('locate: the camera dialog’s live look at the face', () => {
  const engine = makeEngine();
  after(() => engine.terminate());

  it('finds the face in shares of the frame, with its angles and the profile’s limits', async () => {
    const found = (await engine.locate(await frame('photos/franck_02045.jpg'), spec))!;
    expect(found.count).to.equal(1);
    const face = found.face!;
    // franck_02045.jpg is 720 × 576: eyes near 363,276 and 473,262; chin near 443,498.
    expect(face.leftEye.x).to.be.closeTo(363 / 720, 0.03);
    expect(face.rightEye.y).to.be.closeTo(262 / 576, 0.03);
    expect(face.chin.y).to.be.closeTo(498 / 576, 0.04);
    expect(face.box.width).to.be.within(0.1, 1);
    expect(Math.abs(face.angles.yaw)).to.be.below(12);
    expect(found.limits.turned).to.equal(12);
    expect(found.limits.rolled).to.equal(25);
    // 531 px high card, head filling 75.5 % of it, at most 1.9 output pixels per source pixel.
    expect(found.limits.head).to.be.closeTo((531 * 0.755) / 1.9, 0.5);
  });

  it('counts no face in a room, two in a group photo', async () => {
    expect(await engine.locate(await frame('compliance/no-face.jpg'), spec)).to.deep.include({ count: 0 });
    const two = (await engine.locate(await frame('compliance/two-faces.jpg'), spec))!;
    expect(two.count).to.equal(2);
  });

  it('steps aside while a photo is being processed, and while another locate runs', async () => {
    const photo = (await fetch('/tests/fixtures/photos/franck_02045.jpg')).blob();
    const processing = engine.process(await photo, spec);
    expect(await engine.locate(await frame('photos/franck_02045.jpg'), spec)).to.equal(undefined);
    expect((await processing).ok).to.equal(true);
    const first = engine.locate(await frame('photos/franck_02045.jpg'), spec);
    expect(await engine.locate(await frame('photos/franck_02045.jpg'), spec)).to.equal(undefined);
    expect((await first)?.count).to.equal(1);
  });
});
