// For the encoder's tests: a real photo at the output size (synthetic images do not stress a JPEG like skin and hair).

/** A head and shoulders from a fixture photo, at the demo profile's 413 × 531. */
export async function samplePhoto(): Promise<OffscreenCanvas> {
  const bitmap = await createImageBitmap(
    await (await fetch('/tests/fixtures/photos/franck_02045.jpg')).blob(),
  );
  const canvas = new OffscreenCanvas(413, 531);
  canvas.getContext('2d')!.drawImage(bitmap, 150, 0, 448, 576, 0, 0, 413, 531);
  return canvas;
}
