/**
 * Where the browser takes a crop rectangle from, on a photo whose EXIF orientation turns it a quarter (5 to 8).
 * The rectangle is in displayed pixels by the specification, and Chrome gets it right for orientations 1 to 4;
 * for 5 to 8 Chromium 156 crops the rectangle turned half a turn about the centre (measured on phone photos, which
 * are mostly orientation 6). A browser bug may be fixed any day, so it is measured once per worker on a tiny
 * generated JPEG instead of assumed:
 * - 'displayed': the rectangle is read as the specification says;
 * - 'reflected': pass (W − x − w, H − y − h) to get (x, y);
 * - 'unknown': anything else; decode the whole photo and draw the region from it.
 */
export type CropMapping = 'displayed' | 'reflected' | 'unknown';

let measured: Promise<CropMapping> | undefined;
export const transposedCropMapping = (): Promise<CropMapping> => (measured ??= measure());

// Displayed probe: four plain quadrants, each 32 × 16 pixels (JPEG blocks stay inside one colour at their centres).
const [width, height] = [64, 32];
const quadrants = {
  topLeft: [255, 0, 0],
  topRight: [0, 255, 0],
  bottomLeft: [0, 0, 255],
  bottomRight: [255, 255, 255],
};

async function measure(): Promise<CropMapping> {
  try {
    const bitmap = await createImageBitmap(await probeJpeg(), 0, 0, width / 2, height / 2, {
      imageOrientation: 'from-image',
    });
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(bitmap, 0, 0);
    bitmap.close();
    const pixel = context.getImageData(bitmap.width >> 1, bitmap.height >> 1, 1, 1).data;
    const [name] = Object.entries(quadrants).find(([, rgb]) =>
      rgb.every((value, i) => Math.abs(value - pixel[i]!) < 60),
    ) ?? ['none'];
    return name === 'topLeft' ? 'displayed' : name === 'bottomRight' ? 'reflected' : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The displayed quadrants stored a quarter turn back, with EXIF orientation 6 ("turn 90° clockwise to show"). */
async function probeJpeg(): Promise<Blob> {
  const shown = new OffscreenCanvas(width, height);
  const paint = shown.getContext('2d')!;
  const [w, h] = [width / 2, height / 2];
  const fill = (rgb: number[], x: number, y: number) => {
    paint.fillStyle = `rgb(${rgb.join(' ')})`;
    paint.fillRect(x, y, w, h);
  };
  fill(quadrants.topLeft, 0, 0);
  fill(quadrants.topRight, w, 0);
  fill(quadrants.bottomLeft, 0, h);
  fill(quadrants.bottomRight, w, h);
  const stored = new OffscreenCanvas(height, width);
  const turn = stored.getContext('2d')!;
  turn.translate(0, width);
  turn.rotate(-Math.PI / 2);
  turn.drawImage(shown, 0, 0);
  const jpeg = new Uint8Array(
    await (await stored.convertToBlob({ type: 'image/jpeg', quality: 1 })).arrayBuffer(),
  );
  // SOI, then an APP1 Exif segment: big-endian TIFF, one IFD entry, Orientation (0x0112) SHORT = 6.
  const app1 = [
    0xff, 0xe1, 0x00, 0x22, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00, 0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00,
    0x08, 0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00,
  ];
  return new Blob([jpeg.subarray(0, 2), new Uint8Array(app1), jpeg.subarray(2)], { type: 'image/jpeg' });
}
