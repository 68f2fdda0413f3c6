import { expect } from 'chai';
import type { Frame } from '../../shared/engine';
import { checkLimits, profiles } from '../../shared/profiles';
import { clampInside, fitFaceFrame } from './fit';
import { faceFrame } from './frame';

const spec = profiles.find(p => p.id === 'demo')!.photo;
const limits = checkLimits(spec);

/** Every corner of the turned frame inside the source (a hair of rounding allowed). */
function inside(frame: Frame, source: { width: number; height: number }) {
  const angle = (frame.rotation * Math.PI) / 180;
  const [cx, cy] = [frame.x + frame.width / 2, frame.y + frame.height / 2];
  return [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ].every(([sx, sy]) => {
    const [dx, dy] = [(sx! * frame.width) / 2, (sy! * frame.height) / 2];
    const [x, y] = [
      cx + dx * Math.cos(angle) - dy * Math.sin(angle),
      cy + dx * Math.sin(angle) + dy * Math.cos(angle),
    ];
    return x >= -0.01 && y >= -0.01 && x <= source.width + 0.01 && y <= source.height + 0.01;
  });
}

const face = (x: number, y: number, t: number, roll = 0) => {
  const [c, s] = [Math.cos((roll * Math.PI) / 180), Math.sin((roll * Math.PI) / 180)];
  return {
    leftEye: { x: x - 0.45 * t * c, y: y - 0.45 * t * s },
    rightEye: { x: x + 0.45 * t * c, y: y + 0.45 * t * s },
    chin: { x: x - t * s, y: y + t * c },
  };
};

describe('a frame kept inside the photo', () => {
  it('room all round: the ideal frame, as the rules place it', () => {
    const landmarks = face(1000, 900, 250);
    expect(fitFaceFrame(landmarks, spec, limits, { width: 2000, height: 2000 })).to.deep.equal({
      frame: faceFrame(landmarks, spec),
      fit: 'ideal',
    });
  });

  it('a head near the top, turned 8°: moved and tightened within the limits, never past the edge', () => {
    const source = { width: 2000, height: 1400 };
    const landmarks = face(1000, 520, 400, 8);
    expect(inside(faceFrame(landmarks, spec), source)).to.equal(false);
    const { frame, fit } = fitFaceFrame(landmarks, spec, limits, source);
    expect(fit).to.equal('moved');
    expect(inside(frame, source)).to.equal(true);
    expect((2 * 400) / frame.height).to.be.within(limits['face.framing'].headMin, 0.81);
  });

  it('a head that no frame within the limits can hold: cramped, and still inside the photo', () => {
    const source = { width: 2000, height: 1000 };
    const { frame, fit } = fitFaceFrame(face(1000, 250, 400), spec, limits, source);
    expect(fit).to.equal('cramped');
    expect(inside(frame, source)).to.equal(true);
  });

  it('room above the hair: kept when the photo has it, a little less of it is tight, none is cramped', () => {
    const source = { width: 2000, height: 1500 };
    const landmarks = face(1000, 560, 400);
    expect(fitFaceFrame(landmarks, spec, limits, source, { x: 1000, y: 100 }).fit).to.equal('moved');
    expect(fitFaceFrame(landmarks, spec, limits, source, { x: 1000, y: 60 }).fit).to.equal('tight');
    expect(fitFaceFrame(landmarks, spec, limits, source, { x: 1000, y: 5 }).fit).to.equal('cramped');
  });

  it('an adjusted frame past the edges is moved, then shrunk, into the photo', () => {
    const source = { width: 1000, height: 800 };
    const moved = clampInside({ x: -100, y: 50, width: 400, height: 514, rotation: 0 }, source);
    expect(moved).to.deep.include({ x: 0, width: 400 });
    const shrunk = clampInside({ x: 0, y: 0, width: 800, height: 1028, rotation: 5 }, source);
    expect(inside(shrunk, source)).to.equal(true);
    expect(shrunk.width / shrunk.height).to.be.closeTo(800 / 1028, 1e-9);
  });
});
