import { expect } from 'chai';
import { profiles } from '../../shared/profiles';
import { centredFrame, crownMargin, decodeOversample, faceFrame, frameRegion, headShare } from './frame';

const spec = profiles.find(p => p.id === 'demo')!.photo;
const close = (actual: number, expected: number, tolerance = 1e-6) =>
  expect(actual).to.be.closeTo(expected, tolerance);

describe('frame', () => {
  it('centres the largest 413:531 rectangle when there is no face', () => {
    expect(centredFrame({ width: 4000, height: 3000 }, spec)).to.deep.equal({
      x: 833,
      y: 0,
      width: 2333,
      height: 3000,
      rotation: 0,
    });
  });

  it('puts a level face where the ID photo rules want it', () => {
    // Eyes 100 px apart at y = 1000, chin 240 px below them: T = 240, head = 480 px.
    const frame = faceFrame(
      { leftEye: { x: 950, y: 1000 }, rightEye: { x: 1050, y: 1000 }, chin: { x: 1000, y: 1240 } },
      spec,
    );
    close(frame.rotation, 0);
    close(frame.height, 480 / headShare);
    close(frame.width / frame.height, 413 / 531);
    close(frame.x + frame.width / 2, 1000); // eyes centred horizontally
    close(frame.y + crownMargin * frame.height, 1240 - 480); // crown at the top margin
    close((1240 - frame.y) / frame.height, crownMargin + headShare); // chin below the head share
  });

  it('levels a tilted face: the frame turns with the eye line', () => {
    const angle = (10 * Math.PI) / 180;
    const turn = (x: number, y: number) => ({
      x: 1000 + x * Math.cos(angle) - y * Math.sin(angle),
      y: 1000 + x * Math.sin(angle) + y * Math.cos(angle),
    });
    const tilted = faceFrame({ leftEye: turn(-50, 0), rightEye: turn(50, 0), chin: turn(0, 240) }, spec);
    const level = faceFrame(
      { leftEye: { x: 950, y: 1000 }, rightEye: { x: 1050, y: 1000 }, chin: { x: 1000, y: 1240 } },
      spec,
    );
    close(tilted.rotation, 10);
    close(tilted.width, level.width);
    // The centre is the level frame's centre turned by the same angle about the eyes.
    const centre = turn(level.x + level.width / 2 - 1000, level.y + level.height / 2 - 1000);
    close(tilted.x + tilted.width / 2, centre.x);
    close(tilted.y + tilted.height / 2, centre.y);
  });
});

describe('frame region', () => {
  it('decodes the box around a turned frame, inside the photo', () => {
    const frame = { x: 100, y: 100, width: 600, height: 772, rotation: 90 }; // under 1.5× the output: scale 1
    const region = frameRegion(frame, { width: 4000, height: 3000 }, spec);
    // Turned a quarter, the 600 × 772 frame covers 772 × 600 around the same centre (400, 486).
    expect(region).to.deep.equal({ x: 14, y: 186, width: 772, height: 600, scale: 1 });
    // Near the edge, the box is clamped to the photo; edges round outwards (never lose a pixel).
    const clamped = frameRegion({ ...frame, x: -100 }, { width: 4000, height: 3000 }, spec);
    expect(clamped).to.include({ x: 0, width: 586 });
  });

  it('keeps the region inside the photo and shrinks a big frame to `decodeOversample` × the output', () => {
    const region = frameRegion(
      { x: 3000, y: -50, width: 2065, height: 2655, rotation: 0 },
      { width: 4000, height: 3000 },
      spec,
    );
    expect(region).to.deep.equal({
      x: 3000,
      y: 0,
      width: 1000,
      height: 2605,
      scale: (decodeOversample * spec.width) / 2065,
    });
  });
});
