import { expect } from 'chai';
import { profiles } from '../../shared/profiles';
import { makeEngine } from '../bridge';
import { headShare } from '../frame/frame';

const spec = profiles.find(p => p.id === 'demo')!.photo;
const fixture = async (path: string) => (await fetch(`/tests/fixtures/${path}`)).blob();

describe('face analysis in the engine (human, WASM, models from /human/)', () => {
  const engine = makeEngine();
  after(() => engine.terminate());

  it('finds the face at phone resolution, reports it in source pixels and frames by it', async () => {
    const result = await engine.process(await fixture('compliance/franck_02045-phone.jpg'), spec);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.source).to.deep.equal({ width: 2160, height: 1728 });
    const face = result.face!;
    expect(face.count).to.equal(1);
    // The fixture is franck_02045.jpg (eyes near 363,276 and 473,262; chin near 443,498) upscaled 3×.
    expect(face.landmarks.leftEye.x).to.be.closeTo(3 * 363, 30);
    expect(face.landmarks.rightEye.y).to.be.closeTo(3 * 262, 30);
    expect(face.landmarks.chin.y).to.be.closeTo(3 * 498, 45);
    expect(face.box.width).to.be.greaterThan(1000);
    // Framed by the rules, inside the photo: the head fills headShare of the frame, or up to 80 % where the
    // photo leaves no more room above and below it (this one does not: the frame is tightened, not straightened).
    const { leftEye, rightEye, chin } = face.landmarks;
    const t = Math.hypot(chin.x - (leftEye.x + rightEye.x) / 2, chin.y - (leftEye.y + rightEye.y) / 2);
    expect(result.frame.height).to.be.within((2 * t) / 0.8, (2 * t) / headShare + 1);
    expect(result.frame.y).to.be.at.least(0);
    expect(result.frame.y + result.frame.height).to.be.at.most(result.source.height + 0.01);
    expect(result.timings.analyse).to.be.greaterThan(0);
  });

  it('returns the ≤ 1024 px preview it analysed, with its scale', async () => {
    const result = await engine.process(await fixture('compliance/franck_02045-phone.jpg'), spec);
    if (!result.ok) throw new Error(result.error.message);
    const preview = result.preview!;
    const bitmap = await createImageBitmap(preview.blob);
    expect(Math.max(bitmap.width, bitmap.height)).to.equal(1024);
    expect(preview.scale).to.be.closeTo(1024 / 2160, 0.001);
  });

  it('a manual frame still wins over the face it found', async () => {
    const frame = { x: 100, y: 100, width: 826, height: 1062, rotation: 0 };
    const result = await engine.process(await fixture('compliance/franck_02045-phone.jpg'), spec, { frame });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.frame).to.deep.equal(frame);
    expect(result.face?.count).to.equal(1);
    const framing = result.checks.find(check => check.id === 'face.framing')!;
    expect(framing.status).to.equal('fail');
    expect(framing.area).to.have.keys(['x', 'y', 'width', 'height']);
  });

  it('answers in English with the same keys, and places each check on the output', async () => {
    const result = await engine.process(await fixture('compliance/blur-4.jpg'), spec, { lang: 'en' });
    if (!result.ok) throw new Error(result.error.message);
    const sharpness = result.checks.find(check => check.id === 'image.sharpness')!;
    expect(sharpness).to.include({ status: 'fail', key: 'check.image.sharpness.blurred' });
    expect(sharpness.message).to.match(/^The photo is blurred: hold the camera still/);
    expect(result.checks.find(check => check.id === 'background.uniform')!.area).to.equal('background');
    expect(result.verdict).to.equal('blocked');
  });

  it('without analysis (analyse: false) no model is touched and face checks say why', async () => {
    const result = await engine.process(await fixture('photos/franck_02045.jpg'), spec, { analyse: false });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.face).to.equal(undefined);
    expect(result.preview).to.equal(undefined);
    expect(result.checks.find(check => check.id === 'face.count')!.status).to.equal('warn');
    expect(result.checks.find(check => check.id === 'face.pose')!.status).to.equal('skip');
  });
});
