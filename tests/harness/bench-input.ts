// Benchmark inputs made in the page: a phone-sized JPEG from a small fixture, and what outputs are compared with.
import { areaDownscale, luma } from './ssim';

export type Box = { x: number; y: number; width: number; height: number };
export type Size = { width: number; height: number };

// 3–5 MB is what 12 and 24 MP phones write; aiming at its middle keeps the two inputs alike.
const [minBytes, maxBytes] = [3.6e6, 4.4e6];
/** What phones write by default; the noise amount, not the quality, is searched to land in that band. */
const phoneQuality = 0.92;

/** Sensor-like grain from a seeded generator, so every run of the benchmark encodes the very same file. */
function grain(size: number): OffscreenCanvas {
  const tile = new OffscreenCanvas(size, size);
  const pixels = new ImageData(size, size);
  let seed = 0x2545f491;
  for (let i = 0; i < size * size; i++) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    const v = 128 + (((seed >>> 0) % 97) - 48) * 2; // grey, centred: overlay keeps the picture's mean
    pixels.data.set([v, v, v, 255], 4 * i);
  }
  tile.getContext('2d')!.putImageData(pixels, 0, 0);
  return tile;
}

/**
 * The fixture upscaled to cover `size`, with grain overlaid so the JPEG weighs what a phone photo weighs (about 4 MB):
 * decode time grows with the entropy-coded bytes, not only with the pixel count.
 */
export async function phoneJpeg(fixture: ImageBitmap, size: Size) {
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = canvas.getContext('2d')!;
  const pattern = context.createPattern(grain(509), 'repeat')!;
  const scale = Math.max(size.width / fixture.width, size.height / fixture.height);
  const encodeWith = async (noise: number) => {
    context.globalCompositeOperation = 'source-over';
    context.globalAlpha = 1;
    context.imageSmoothingQuality = 'high';
    const [w, h] = [fixture.width * scale, fixture.height * scale];
    context.drawImage(fixture, (size.width - w) / 2, (size.height - h) / 2, w, h);
    context.globalCompositeOperation = 'overlay';
    context.globalAlpha = noise;
    context.fillStyle = pattern;
    context.fillRect(0, 0, size.width, size.height);
    return canvas.convertToBlob({ type: 'image/jpeg', quality: phoneQuality });
  };
  let [low, high] = [0, 1];
  for (let attempt = 0; attempt < 10; attempt++) {
    const noise = (low + high) / 2;
    const blob = await encodeWith(noise);
    if (blob.size >= minBytes && blob.size <= maxBytes) return { blob, noise, quality: phoneQuality };
    if (blob.size < minBytes) low = noise;
    else high = noise;
  }
  throw new Error(`no grain amount gives a ${size.width}×${size.height} JPEG of ${minBytes}–${maxBytes} B`);
}

/** The pixels of `box` of a decoded file, at their own size (one canvas the size of the crop, never the photo). */
async function cropPixels(file: Blob, box: Box): Promise<OffscreenCanvas> {
  const bitmap = await createImageBitmap(file, box.x, box.y, box.width, box.height);
  const canvas = new OffscreenCanvas(box.width, box.height);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
  bitmap.close();
  return canvas;
}

/** Luma of the ideal `size` version of `box`, computed once per input. */
export async function referenceLuma(file: Blob, box: Box, size: Size): Promise<Float64Array> {
  const crop = await cropPixels(file, box);
  const full = luma(crop.getContext('2d')!.getImageData(0, 0, box.width, box.height).data);
  return areaDownscale(full, box.width, box.height, size.width, size.height);
}

/** The crop as its own JPEG, for a compressor that cannot crop; q 1 so it loses (almost) nothing before it. */
export async function croppedJpeg(file: Blob, box: Box): Promise<Blob> {
  return (await cropPixels(file, box)).convertToBlob({ type: 'image/jpeg', quality: 1 });
}

/** Luma of an output JPEG at `size`; an output of another size is stretched to it (its loss of detail counts). */
export async function outputLuma(output: Blob, size: Size) {
  const bitmap = await createImageBitmap(output);
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = canvas.getContext('2d')!;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  const dims = `${bitmap.width}×${bitmap.height}`;
  bitmap.close();
  return { luma: luma(context.getImageData(0, 0, size.width, size.height).data), dims };
}
