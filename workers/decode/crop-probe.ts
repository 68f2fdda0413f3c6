import { orientedJpeg } from './oriented-jpeg';

/** A rectangle of a photo, in pixels. */
export type Rect = { x: number; y: number; width: number; height: number };

/**
 * What the browser crops when asked for a rectangle of the displayed photo (the specification: that rectangle).
 * 'reflected': the rectangle turned half a turn about the photo's centre; 'unknown': neither, or not measurable.
 */
export type CropMapping = 'displayed' | 'reflected' | 'unknown';

/** The rectangle to ask the browser for, to get `wanted` of a displayed `photo` cropped the `mapping` way. */
export function askFor(mapping: 'displayed' | 'reflected', photo: Omit<Rect, 'x' | 'y'>, wanted: Rect): Rect {
  if (mapping === 'displayed') return wanted;
  const { x, y, width, height } = wanted;
  return { x: photo.width - x - width, y: photo.height - y - height, width, height };
}

// The probe photo, displayed 96 × 64 or 64 × 96: big enough that JPEG keeps its gradients smooth, small to make.
const [long, short] = [96, 64];

/**
 * Measures how this browser crops a JPEG with EXIF `orientation` shown landscape or portrait: a generated photo
 * whose red channel says each pixel's displayed column and green its row is cropped and scaled the way decode()
 * does, and where nine points of the result came from is compared with each mapping.
 */
export async function measureCropMapping(orientation: number, landscape: boolean): Promise<CropMapping> {
  const photo = landscape ? { width: long, height: short } : { width: short, height: long };
  try {
    const file = await orientedJpeg(positions(photo.width, photo.height), orientation, 0.95);
    // Off-centre, so that the mappings take it from places a quarter of the photo apart.
    const asked = {
      x: photo.width / 8,
      y: photo.height / 8,
      width: photo.width / 2,
      height: photo.height / 2,
    };
    const bitmap = await createImageBitmap(file, asked.x, asked.y, asked.width, asked.height, {
      imageOrientation: 'from-image',
      resizeWidth: asked.width / 2,
      resizeHeight: asked.height / 2,
      resizeQuality: 'high',
    });
    const seen = sources(bitmap, photo);
    bitmap.close();
    const tolerance = Math.min(photo.width, photo.height) / 10;
    const takes = (rect: Rect) =>
      seen.every(
        ({ u, v, x, y }) =>
          Math.abs(rect.x + u * rect.width - x) < tolerance &&
          Math.abs(rect.y + v * rect.height - y) < tolerance,
      );
    // A half turn is its own inverse: the browser delivering askFor(mapping, asked) is asking right with that mapping.
    const mappings = (['displayed', 'reflected'] as const).filter(mapping =>
      takes(askFor(mapping, photo, asked)),
    );
    return mappings.length === 1 ? mappings[0]! : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Red is the displayed column, green the row, both scaled to 0–255 (smooth: JPEG keeps them to a pixel or two). */
function positions(width: number, height: number): OffscreenCanvas {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  const pixels = context.createImageData(width, height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      pixels.data.set([(255 * (x + 0.5)) / width, (255 * (y + 0.5)) / height, 128, 255], 4 * (y * width + x));
  context.putImageData(pixels, 0, 0);
  return canvas;
}

/** For nine points of `bitmap` (u, v: fractions of its size), the displayed position (x, y) their pixel came from. */
function sources(bitmap: ImageBitmap, photo: Omit<Rect, 'x' | 'y'>) {
  const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
  return [0.2, 0.5, 0.8].flatMap(v =>
    [0.2, 0.5, 0.8].map(u => {
      const at = 4 * (Math.floor(v * bitmap.height) * bitmap.width + Math.floor(u * bitmap.width));
      // Alpha: a rectangle taken partly outside the photo comes back transparent there.
      const opaque = pixels[at + 3]! > 200;
      return {
        u: (Math.floor(u * bitmap.width) + 0.5) / bitmap.width,
        v: (Math.floor(v * bitmap.height) + 0.5) / bitmap.height,
        x: opaque ? (pixels[at]! / 255) * photo.width : NaN,
        y: opaque ? (pixels[at + 1]! / 255) * photo.height : NaN,
      };
    }),
  );
}
