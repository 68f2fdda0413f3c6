import { expect } from 'chai';
import { guard } from '../sniff/guard';
import { browserCrop } from './crop-mapping';
import { orientedJpeg } from './oriented-jpeg';

const canvas = (width: number, height: number) => {
  const shown = new OffscreenCanvas(width, height);
  shown.getContext('2d')!.fillRect(0, 0, width / 2, height / 2);
  return shown;
};

describe('crop mapping', () => {
  it('guard() reads every EXIF orientation of a JPEG, and none from a JPEG without EXIF', async () => {
    for (let orientation = 2; orientation <= 8; orientation++)
      expect((await guard(await orientedJpeg(canvas(480, 320), orientation), 'fr')).orientation).to.equal(
        orientation,
      );
    const plain = await guard(await canvas(480, 320).convertToBlob({ type: 'image/jpeg' }), 'fr');
    expect(plain.orientation).to.equal(undefined);
  });

  it('asks for the whole photo as it is, and for any region of an unturned one', async () => {
    const info = { format: 'jpeg', width: 480, height: 320 } as const;
    const region = { x: 10, y: 20, width: 100, height: 50 };
    expect(await browserCrop(info, region)).to.deep.equal(region);
    const turned = { format: 'png', width: 480, height: 320, transposed: true, orientation: 6 } as const;
    expect(await browserCrop(turned, { x: 0, y: 0, width: 480, height: 320 })).to.include({ x: 0, y: 0 });
  });

  it('leaves a turned photo of another format than JPEG to the slower, sure way', async () => {
    const region = { x: 10, y: 20, width: 100, height: 50 };
    const png = { format: 'png', width: 480, height: 320, transposed: true, orientation: 6 } as const;
    expect(await browserCrop(png, region)).to.equal(undefined);
  });
});
