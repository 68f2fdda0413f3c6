// Writes the PNG icons, a white "T" on the brand blue (spa/public/icon.svg drawn again): the extension's
// (extension/public/icons/, Chrome's manifest icons cannot be SVG) and the studio's home-screen icons
// (spa/public/icons/: 192 and 512 for Android, a full-bleed 180 for iOS, which ignores the web manifest and rounds
// the corners itself, and a full-bleed maskable one). Run once (`node scripts/make-icons.mjs`) and commit the PNGs;
// plain zlib keeps it free of image dependencies.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const blue = [0x1d, 0x4e, 0xd8, 255];
const white = [255, 255, 255, 255];
const clear = [0, 0, 0, 0];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  for (let k = 0; k < 8; k++) n = n & 1 ? 0xedb88320 ^ (n >>> 1) : n >>> 1;
  return n >>> 0;
});
const crc32 = bytes =>
  (bytes.reduce((c, b) => crcTable[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * In units of a 16-grid: rounded square background, T bar on rows 3–5, stem on columns 6.5–9.5. `maskable`: a full
 * square, the T shrunk into the middle 80 % that every launcher's mask keeps.
 */
function pixel(size, x, y, maskable) {
  const grid = at => ((at + 0.5) / size) * 16;
  const inward = at => (maskable ? 8 + (grid(at) - 8) / 0.8 : grid(at));
  const [u, v] = [inward(x), inward(y)];
  const r = 3; // corner radius of the rounded square; a maskable icon is a full square
  const dx = Math.max(r - u, u - (16 - r), 0);
  const dy = Math.max(r - v, v - (16 - r), 0);
  if (!maskable && dx * dx + dy * dy > r * r) return clear;
  const bar = v >= 3 && v < 5.5 && u >= 3 && u < 13;
  const stem = v >= 3 && v < 13 && u >= 6.75 && u < 9.25;
  return bar || stem ? white : blue;
}

function png(size, maskable = false) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(
      Buffer.from([0, ...Array.from({ length: size }, (_, x) => pixel(size, x, y, maskable)).flat()]),
    );
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function write(folder, icons) {
  const dir = new URL(`../${folder}/`, import.meta.url);
  mkdirSync(dir, { recursive: true });
  for (const [name, size, maskable] of icons) writeFileSync(new URL(name, dir), png(size, maskable));
}
write(
  'extension/public/icons',
  [16, 32, 48, 128].map(size => [`${size}.png`, size]),
);
write('spa/public/icons', [
  ['192.png', 192],
  ['512.png', 512],
  ['180.png', 180, true],
  ['maskable-512.png', 512, true],
]);
