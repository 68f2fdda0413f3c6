#!/usr/bin/env node
// The labelled compliance set (tests/fixtures/compliance/), made from the three frontal photos in
// tests/fixtures/photos/ (the repository's own copies) by canvas operations in headless Chromium: each
// photo upscaled 3× to phone resolution, then variants that each break one rule. `labels.json` (written by hand,
// not by this script) holds what the engine must answer for each; workers/checks/compliance.test.ts asserts it.
// `node tests/compliance/generate.mjs` rewrites the JPEGs; randomness is seeded, so they come out the same.
import { readFileSync, writeFileSync } from 'node:fs';
import { launchBrowser } from '../chromium.mjs';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const photos = ['franck_01829', 'franck_02045', 'franck_02159'];
const sources = Object.fromEntries(
  photos.map(name => [name, readFileSync(`${fixtures}photos/${name}.jpg`).toString('base64')]),
);

/** Runs in the page: every variant as base64 JPEG, by name. */
async function variants(sources) {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const load = async base64 =>
    createImageBitmap(await (await fetch(`data:image/jpeg;base64,${base64}`)).blob());
  const canvas = (width, height) => {
    const c = new OffscreenCanvas(width, height);
    return [c, c.getContext('2d', { willReadFrequently: true })];
  };
  /** The photo at phone resolution (3×), optionally through a CSS filter. */
  const phone = (bitmap, filter = 'none') => {
    const [c, g] = canvas(bitmap.width * 3, bitmap.height * 3);
    g.imageSmoothingQuality = 'high';
    g.filter = filter;
    g.drawImage(bitmap, 0, 0, c.width, c.height);
    return c;
  };
  /** The saturated blue backdrop of these photos, replaced pixel by pixel by `paint(x, y)`. */
  const replaceBackdrop = (source, paint) => {
    const [c, g] = canvas(source.width, source.height);
    g.drawImage(source, 0, 0);
    const image = g.getImageData(0, 0, c.width, c.height);
    const d = image.data;
    for (let i = 0; i < d.length; i += 4) {
      const [r, gr, b] = [d[i], d[i + 1], d[i + 2]];
      if (b > r + 25 && b > gr) {
        const p = i / 4;
        [d[i], d[i + 1], d[i + 2]] = paint(p % c.width, Math.floor(p / c.width));
      }
    }
    g.putImageData(image, 0, 0);
    return c;
  };
  const jpeg = async c => {
    const bytes = new Uint8Array(
      await (await c.convertToBlob({ type: 'image/jpeg', quality: 0.85 })).arrayBuffer(),
    );
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  };

  const bitmaps = Object.fromEntries(
    await Promise.all(Object.entries(sources).map(async ([name, b64]) => [name, await load(b64)])),
  );
  const out = {};
  for (const [name, bitmap] of Object.entries(bitmaps)) out[`${name}-phone`] = phone(bitmap);
  const base = bitmaps.franck_02045;
  const sharp = out['franck_02045-phone'];
  for (const sigma of [2, 4, 8]) out[`blur-${sigma}`] = phone(base, `blur(${sigma}px)`);
  out.dark = phone(base, 'brightness(0.3)');
  out.overexposed = phone(base, 'brightness(2.2)');
  out.greyscale = phone(base, 'grayscale(1)');
  {
    // The photo at a quarter of its size in the middle of a plain light wall.
    const [c, g] = canvas(sharp.width, sharp.height);
    g.fillStyle = '#c8ccd2';
    g.fillRect(0, 0, c.width, c.height);
    g.drawImage(
      base,
      (c.width - base.width / 2) / 2,
      (c.height - base.height / 2) / 2,
      base.width / 2,
      base.height / 2,
    );
    out['face-small'] = c;
  }
  {
    // The top of the head cut off: the photo starts just above the eyes.
    const [c, g] = canvas(sharp.width, sharp.height - 3 * 200);
    g.drawImage(sharp, 0, -3 * 200);
    out['head-cut'] = c;
  }
  {
    const [c, g] = canvas(sharp.width, sharp.height);
    g.fillStyle = '#3056c8';
    g.fillRect(0, 0, c.width, c.height);
    g.translate(c.width / 2, c.height / 2);
    g.rotate((15 * Math.PI) / 180);
    g.drawImage(sharp, -c.width / 2, -c.height / 2);
    out['tilted-15'] = c;
  }
  {
    const [left, right] = [phone(bitmaps.franck_01829), phone(bitmaps.franck_02159)];
    const [c, g] = canvas(left.width * 1.2, left.height);
    g.drawImage(left, -left.width * 0.15, 0);
    g.drawImage(right, left.width * 0.5, 0);
    out['two-faces'] = c;
  }
  {
    // A textured landscape: sky, hills, noisy grass.
    const [c, g] = canvas(sharp.width, sharp.height);
    const sky = g.createLinearGradient(0, 0, 0, c.height / 2);
    sky.addColorStop(0, '#6fa8dc');
    sky.addColorStop(1, '#d9ead3');
    g.fillStyle = sky;
    g.fillRect(0, 0, c.width, c.height);
    for (let h = 0; h < 4; h++) {
      g.fillStyle = ['#6a8f3a', '#4f7a28', '#3d6b1f', '#2f5418'][h];
      g.beginPath();
      g.moveTo(0, c.height);
      for (let x = 0; x <= c.width; x += 40)
        g.lineTo(x, c.height * (0.45 + 0.1 * h) + 60 * Math.sin(x / (300 + 90 * h) + h) + 20 * random());
      g.lineTo(c.width, c.height);
      g.fill();
    }
    for (let i = 0; i < 6000; i++) {
      g.fillStyle = `hsl(${80 + 40 * random()}, 50%, ${20 + 30 * random()}%)`;
      g.fillRect(random() * c.width, c.height * (0.5 + 0.5 * random()), 3 + 6 * random(), 6 + 14 * random());
    }
    out['no-face'] = c;
  }
  out['white-background'] = replaceBackdrop(sharp, () => [255, 255, 255]);
  out['grey-background'] = replaceBackdrop(sharp, () => [200, 204, 210]);
  {
    // Shelves, posters and objects: rectangles of every colour, with some stripes.
    const colours = Array.from({ length: 64 }, () =>
      [255 * random(), 255 * random(), 255 * random()].map(Math.round),
    );
    out['cluttered-background'] = replaceBackdrop(sharp, (x, y) => {
      const cell = (Math.floor(x / 97) * 7 + Math.floor(y / 61) * 13) % 64;
      return (x + y) % 24 < 6 ? [30, 30, 30] : colours[cell];
    });
  }
  return Object.fromEntries(
    await Promise.all(Object.entries(out).map(async ([name, c]) => [name, await jpeg(c)])),
  );
}

const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const made = await page.evaluate(variants, sources);
  for (const [name, base64] of Object.entries(made)) {
    writeFileSync(`${fixtures}compliance/${name}.jpg`, Buffer.from(base64, 'base64'));
    console.log(name, Math.round(Buffer.from(base64, 'base64').length / 1000), 'kB');
  }
} finally {
  await browser.close();
}
