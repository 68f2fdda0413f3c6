import type { SourceInfo } from '../sniff/guard';
import { askFor, measureCropMapping, type CropMapping, type Rect } from './crop-probe';

/**
 * Where the browser takes a crop rectangle from, on a JPEG whose EXIF orientation is not 1. The rectangle is in
 * displayed pixels by the specification, and Chromium 156 gets it right for orientations 2 to 5 and 7; for 6 and 8
 * (the quarter turns every phone writes) it crops the rectangle turned half a turn about the centre, whatever the
 * photo's shape, size or scale (orientation.test.ts holds the matrix). It looks like the quarter turn applied the
 * wrong way round, which the diagonal mirrors 5 and 7, being their own inverse, do not show.
 *
 * A browser bug may be fixed any day, so the mapping is measured instead of assumed: once per worker for each
 * orientation and each shape (landscape, portrait) that a photo needs, on a tiny generated JPEG (crop-probe.ts).
 */
const measured = new Map<string, Promise<CropMapping>>();

export function cropMapping(orientation: number, landscape: boolean): Promise<CropMapping> {
  const key = `${orientation} ${landscape ? 'landscape' : 'portrait'}`;
  let mapping = measured.get(key);
  if (!mapping) measured.set(key, (mapping = measureCropMapping(orientation, landscape)));
  return mapping;
}

/**
 * The rectangle to pass createImageBitmap() for `wanted` (displayed pixels) of the photo, or undefined when no
 * rectangle is known to work: the caller then decodes the whole photo and draws the region from it.
 */
export async function browserCrop(info: SourceInfo, wanted: Rect): Promise<Rect | undefined> {
  const whole = wanted.width === info.width && wanted.height === info.height;
  const orientation = info.orientation ?? 1;
  if (whole || orientation === 1) return wanted;
  // Measured on JPEGs; other formats turned by EXIF are rare: they take the slower way that is right anyway.
  if (info.format !== 'jpeg') return info.transposed ? undefined : wanted;
  const mapping = await cropMapping(orientation, info.width >= info.height);
  return mapping === 'unknown' ? undefined : askFor(mapping, info, wanted);
}
