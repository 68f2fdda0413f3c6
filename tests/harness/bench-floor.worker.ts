// The decode floor, measured where the engine decodes (a dedicated module worker) with the engine's options, so
// "ours / floor" compares like with like: same thread kind, same round trip, nothing but createImageBitmap.
addEventListener('message', async (event: MessageEvent<Blob>) => {
  const bitmap = await createImageBitmap(event.data, { imageOrientation: 'from-image' });
  const size = [bitmap.width, bitmap.height];
  bitmap.close();
  postMessage(size);
});
