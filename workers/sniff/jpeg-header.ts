import { corrupt, readExactly, type Reader } from './bytes';
import { oriented, tiffOrientation } from './exif';
import type { Size } from './header';

/** Enough for any real file: EXIF, XMP, a split ICC profile and the tables come to a few dozen segments. */
const maxSegments = 1000;
/** libjpeg skips stray bytes between segments rather than failing; so do we, within this distance. */
const resyncWindow = 4096;

// Start-of-frame markers carry the size: C0–CF except DHT (C4), JPG (C8) and DAC (CC).
const isStartOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
// Markers with no length: TEM and the restart markers.
const isStandalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

/**
 * The displayed size of a JPEG, from its frame header and its EXIF orientation, without decoding: the browser
 * turns orientations 5 to 8 a quarter turn when it decodes, so their width and height swap.
 */
export async function jpegSize(reader: Reader): Promise<Size> {
  let orientation: number | undefined;
  let frame: Size | undefined;
  let at = 2; // after SOI
  for (let segments = 0; segments < maxSegments; segments++) {
    const head = await readExactly(reader, at, 2);
    if (head.getUint8(0) !== 0xff) {
      at += await distanceToNextMarker(reader, at);
      continue;
    }
    const marker = head.getUint8(1);
    if (marker === 0xff || isStandalone(marker)) {
      at += marker === 0xff ? 1 : 2; // a fill byte, or a marker without a length
      continue;
    }
    // Chrome reads every APP1 up to the scan data, so EXIF after the frame header still turns the photo.
    if (marker === 0xda && frame) return oriented(frame, orientation);
    if (marker === 0xd9 || marker === 0xda) throw corrupt(); // the end, or image data, without a frame header
    const length = (await readExactly(reader, at + 2, 2)).getUint16(0);
    if (length < 2) throw corrupt();
    if (isStartOfFrame(marker) && !frame) {
      const header = await readExactly(reader, at + 4, 5);
      frame = { width: header.getUint16(3), height: header.getUint16(1) };
      // Skipping to the scan costs nothing more when the EXIF block was already seen (almost always first).
      if (orientation !== undefined) return oriented(frame, orientation);
    }
    if (marker === 0xe1 && orientation === undefined)
      orientation = exifOrientation(await readExactly(reader, at + 4, length - 2));
    at += 2 + length;
  }
  throw corrupt();
}

async function distanceToNextMarker(reader: Reader, at: number): Promise<number> {
  const window = await reader.read(at, resyncWindow);
  const next = window.indexOf(0xff);
  if (next < 0) throw corrupt();
  return next;
}

/** APP1 holds EXIF ("Exif\0\0" then a TIFF header) or XMP: only the first EXIF one counts, as in Chrome. */
function exifOrientation(segment: DataView): number | undefined {
  const isExif = segment.byteLength >= 6 && segment.getUint32(0) === 0x45786966 && segment.getUint16(4) === 0;
  return isExif
    ? (tiffOrientation(new DataView(segment.buffer, segment.byteOffset + 6, segment.byteLength - 6)) ?? 1)
    : undefined;
}
