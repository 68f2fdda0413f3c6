import type { Size } from './header';

/**
 * The Orientation tag (0x0112) of IFD0 in a TIFF header: what a PNG eXIf chunk holds, and a JPEG APP1 segment after
 * "Exif\0\0". Undefined when the block is not TIFF. A damaged block means "no rotation", as it does for the
 * browser: it never makes the photo unreadable.
 */
export function tiffOrientation(block: DataView): number | undefined {
  if (block.byteLength < 8) return undefined;
  const mark = block.getUint32(0);
  if (mark !== 0x49492a00 && mark !== 0x4d4d002a) return undefined; // "II*\0" or "MM\0*"
  const little = mark === 0x49492a00;
  const u16 = (at: number) => block.getUint16(at, little);
  const ifd = block.getUint32(4, little);
  if (ifd + 2 > block.byteLength) return 1;
  for (let i = 0, count = u16(ifd); i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > block.byteLength) break;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

/**
 * The browser turns orientations 5 to 8 a quarter turn when it decodes: their width and height swap, and the
 * decoder must know it, and which orientation it is (the browser crops some wrongly: decode/crop-mapping.ts).
 */
export const oriented = ({ width, height }: Size, orientation = 1): Size => ({
  ...(orientation >= 5 ? { width: height, height: width, transposed: true } : { width, height }),
  ...(orientation > 1 && { orientation }),
});
