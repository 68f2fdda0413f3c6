import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/**
 * A one-frame .y4m (YUV4MPEG2, 4:2:0) of a fixture photo, for Chromium's fake camera
 * (`--use-file-for-fake-video-capture`): a real face in front of the webcam path. The browser decodes the JPEG and
 * letterboxes it on grey into width × height; `light` < 1 darkens the room; `scale` < 1 shrinks the photo within
 * its letterbox (a person further away) and `centre` is where its centre lands, in shares of the frame. The conversion
 * to YUV (BT.601, full range) is done here.
 */
export async function writeCameraFeed(
  browser: Browser,
  jpeg: string,
  out: string,
  { width = 640, height = 480, light = 1, scale = 1, centre = [0.5, 0.5] as [number, number] } = {},
): Promise<void> {
  const page = await browser.newPage();
  const rgba = await page.evaluate(
    async ({ base64, width, height, light, scale, centre }) => {
      const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
      const fit = scale * Math.min(width / bitmap.width, height / bitmap.height);
      const [w, h] = [bitmap.width * fit, bitmap.height * fit];
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#808080';
      context.fillRect(0, 0, width, height);
      context.drawImage(bitmap, centre[0] * width - w / 2, centre[1] * height - h / 2, w, h);
      context.fillStyle = `rgb(0 0 0 / ${1 - light})`;
      context.fillRect(0, 0, width, height);
      const data = context.getImageData(0, 0, width, height).data;
      let binary = '';
      for (let i = 0; i < data.length; i += 0x8000)
        binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
      return btoa(binary);
    },
    { base64: readFileSync(jpeg).toString('base64'), width, height, light, scale, centre },
  );
  await page.close();
  const pixels = Buffer.from(rgba, 'base64');
  const at = (x: number, y: number) => 4 * (y * width + x);
  const y = Buffer.alloc(width * height);
  const [u, v] = [Buffer.alloc((width * height) / 4), Buffer.alloc((width * height) / 4)];
  for (let row = 0; row < height; row++)
    for (let col = 0; col < width; col++) {
      const i = at(col, row);
      y[row * width + col] = 0.299 * pixels[i]! + 0.587 * pixels[i + 1]! + 0.114 * pixels[i + 2]!;
    }
  for (let row = 0; row < height; row += 2)
    for (let col = 0; col < width; col += 2) {
      const i = at(col, row);
      const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      const j = (row / 2) * (width / 2) + col / 2;
      u[j] = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
      v[j] = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
    }
  const header = `YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\nFRAME\n`;
  writeFileSync(out, Buffer.concat([Buffer.from(header), y, u, v]));
}
