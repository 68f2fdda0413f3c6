import { expect } from 'chai';
import { profiles } from '../../shared/profiles';
import { makeEngine } from '../bridge';
import { crownMargin, headShare, type Point } from './frame';

const spec = profiles.find(p => p.id === 'demo')!.photo;

/** A light scene with two dark "eyes" and a red "chin", the whole face turned by `degrees`. */
async function tiltedFace(degrees: number) {
  const canvas = new OffscreenCanvas(2000, 2000);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#dddddd';
  context.fillRect(0, 0, 2000, 2000);
  const angle = (degrees * Math.PI) / 180;
  const at = (x: number, y: number): Point => ({
    x: 1000 + x * Math.cos(angle) - y * Math.sin(angle),
    y: 900 + x * Math.sin(angle) + y * Math.cos(angle),
  });
  const face = { leftEye: at(-80, 0), rightEye: at(80, 0), chin: at(0, 250) };
  const dot = (p: Point, colour: string) => {
    context.fillStyle = colour;
    context.beginPath();
    context.arc(p.x, p.y, 14, 0, 2 * Math.PI);
    context.fill();
  };
  dot(face.leftEye, '#000');
  dot(face.rightEye, '#000');
  dot(face.chin, '#f00');
  return { blob: await canvas.convertToBlob({ type: 'image/png' }), face };
}

/** Centroids of the dark pixels left and right of the middle of the output. */
async function darkSpots(jpeg: Blob) {
  const bitmap = await createImageBitmap(jpeg);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  const sums = [
    { x: 0, y: 0, n: 0 },
    { x: 0, y: 0, n: 0 },
  ];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (data[i]! + data[i + 1]! + data[i + 2]! > 150) continue;
      const side = sums[x < width / 2 ? 0 : 1]!;
      side.x += x;
      side.y += y;
      side.n++;
    }
  return sums.map(s => ({ x: s.x / s.n, y: s.y / s.n }));
}

describe('framing by face landmarks', () => {
  const engine = makeEngine();
  after(() => engine.terminate());

  for (const degrees of [0, 12]) {
    it(`levels and places a face turned by ${degrees}°`, async () => {
      const { blob, face } = await tiltedFace(degrees);
      const result = await engine.process(blob, spec, { face });
      if (!result.ok || !result.output) throw new Error('no output');
      expect(result.frame.rotation).to.be.closeTo(degrees, 0.01);
      const [left, right] = await darkSpots(result.output.blob);
      expect(Math.abs(left!.y - right!.y), 'eyes level').to.be.below(1.5);
      expect((left!.x + right!.x) / 2, 'eyes centred').to.be.closeTo(spec.width / 2, 1.5);
      // The head is 2T tall and the eyes sit T below the crown: at the margin plus half the head.
      expect((left!.y + right!.y) / 2 / spec.height).to.be.closeTo(crownMargin + headShare / 2, 0.01);
    });
  }
});
