/** The six numbers of a canvas transform (a, b, c, d, e, f) that take a displayed point to where it is stored. */
type Transform = [number, number, number, number, number, number];

/**
 * Where each EXIF orientation keeps the pixels of a displayed `width` × `height` image: the inverse of what the
 * browser applies when it shows the photo. 2 and 4 are mirrors, 3 a half turn, 5 and 7 mirrors across a diagonal,
 * 6 and 8 quarter turns (6: "turn a quarter clockwise to show", what a phone held upright writes).
 */
const storedAt: Record<number, (width: number, height: number) => Transform> = {
  1: () => [1, 0, 0, 1, 0, 0],
  2: width => [-1, 0, 0, 1, width, 0],
  3: (width, height) => [-1, 0, 0, -1, width, height],
  4: (_, height) => [1, 0, 0, -1, 0, height],
  5: () => [0, 1, 1, 0, 0, 0],
  6: width => [0, -1, 1, 0, 0, width],
  7: (width, height) => [0, -1, -1, 0, height, width],
  8: (_, height) => [0, 1, -1, 0, height, 0],
};

/**
 * A JPEG that shows `upright` once the browser applies EXIF `orientation` (1 to 8), as a camera held any way
 * writes it: the crop probe (crop-probe.ts) and the orientation tests make their photos with it.
 */
export async function orientedJpeg(
  upright: OffscreenCanvas,
  orientation: number,
  quality = 0.92,
): Promise<Blob> {
  const { width, height } = upright;
  const turned = orientation >= 5;
  const stored = new OffscreenCanvas(turned ? height : width, turned ? width : height);
  const context = stored.getContext('2d')!;
  context.setTransform(...storedAt[orientation]!(width, height));
  context.drawImage(upright, 0, 0);
  const jpeg = new Uint8Array(
    await (await stored.convertToBlob({ type: 'image/jpeg', quality })).arrayBuffer(),
  );
  return new Blob([jpeg.subarray(0, 2), exifSegment(orientation), jpeg.subarray(2)], { type: 'image/jpeg' });
}

/** APP1 "Exif": a big-endian TIFF header and one IFD0 entry, Orientation (0x0112), a SHORT. Goes right after SOI. */
export function exifSegment(orientation: number): Uint8Array<ArrayBuffer> {
  const header = [0x4d, 0x4d, 0, 42, 0, 0, 0, 8]; // "MM", 42, IFD0 at offset 8
  const entry = [0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0]; // tag, type SHORT, count 1, value
  const tiff = [...header, 0, 1, ...entry, 0, 0, 0, 0]; // one entry, no next IFD
  const body = [...'Exif\0\0'].map(c => c.charCodeAt(0)).concat(tiff);
  return new Uint8Array([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body]);
}
