#!/usr/bin/env node
// The bad-file corpus that workers/corpus.test.ts feeds to the engine, written to tests/fixtures/generated/ and
// committed (a few tens of KB). Files that are big or easy to make in the browser (empty, truncated, 41 MB, tiny)
// are made in the test itself. `node tests/corpus/generate.mjs` rewrites the files; `--check` only says whether
// the committed ones are still what this script makes. Plain node, no dependency: every byte is written by hand,
// so the output is the same on every machine.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../fixtures/', import.meta.url).pathname;
const out = join(root, 'generated');
const latin1 = text => Buffer.from(text, 'latin1');
const u16le = n => [n & 0xff, n >> 8];
const u32be = n => [n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  for (let k = 0; k < 8; k++) n = n & 1 ? 0xedb88320 ^ (n >>> 1) : n >>> 1;
  return n >>> 0;
});
const crc32 = bytes => (bytes.reduce((c, b) => crcTable[(c ^ b) & 0xff] ^ (c >>> 8), ~0) ^ ~0) >>> 0;

function pngChunk(type, data) {
  const body = Buffer.concat([latin1(type), Buffer.from(data)]);
  return Buffer.concat([Buffer.from(u32be(data.length)), body, Buffer.from(u32be(crc32(body)))]);
}

/** A well-formed PNG whose header claims 60 000 × 60 000 (3.6 gigapixels): a decoder would try to allocate them. */
function hugePng() {
  const header = [...u32be(60_000), ...u32be(60_000), 8, 2, 0, 0, 0]; // 8-bit RGB
  // zlib stream with one stored block holding the first row's filter byte; adler32 of [0] is 0x00010001.
  const pixels = [0x78, 0x01, 0x01, 0x01, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x01, 0x00, 0x01];
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', pixels),
    pngChunk('IEND', []),
  ]);
}

/** A real photo whose frame header is patched to claim 65 000 × 65 000 (the largest a JPEG can say is 65 535). */
function hugeJpeg() {
  const bytes = Buffer.from(readFileSync(join(root, 'photos/franck_02045.jpg')));
  for (let at = 2; bytes[at] === 0xff; at += 2 + bytes.readUInt16BE(at + 2)) {
    const marker = bytes[at + 1];
    if (marker >= 0xc0 && marker <= 0xc2) {
      bytes.writeUInt16BE(65_000, at + 5); // height
      bytes.writeUInt16BE(65_000, at + 7); // width
      return bytes;
    }
  }
  throw new Error('franck_02045.jpg has no frame header');
}

/** GIF's LZW (the omggif encoder's logic): codes grow from minCodeSize + 1 bits to 12, then the table restarts. */
function lzw(indices, minCodeSize) {
  const [clear, end] = [1 << minCodeSize, (1 << minCodeSize) + 1];
  const bytes = [];
  let [size, next, bits, count] = [minCodeSize + 1, end + 1, 0, 0];
  const emit = code => {
    bits |= code << count;
    for (count += size; count >= 8; count -= 8, bits >>>= 8) bytes.push(bits & 0xff);
  };
  let table = new Map();
  emit(clear);
  let prefix = indices[0];
  for (const index of indices.slice(1)) {
    const key = (prefix << 8) | index;
    if (table.has(key)) {
      prefix = table.get(key);
      continue;
    }
    emit(prefix);
    if (next === 4096) {
      emit(clear);
      [table, next, size] = [new Map(), end + 1, minCodeSize + 1];
    } else {
      if (next >= 1 << size) size++;
      table.set(key, next++);
    }
    prefix = index;
  }
  emit(prefix);
  emit(end);
  if (count > 0) bytes.push(bits & 0xff);
  const blocks = [];
  for (let at = 0; at < bytes.length; at += 255) {
    const block = bytes.slice(at, at + 255);
    blocks.push(block.length, ...block);
  }
  return [minCodeSize, ...blocks, 0];
}

/** Two frames, 400 × 320: red, then blue. The first frame is the photo; the second must never come out. */
function animatedGif(width = 400, height = 320) {
  const palette = [255, 0, 0, 0, 0, 255, 0, 255, 0, 0, 0, 0]; // red, blue, green, black
  const loop = [0x21, 0xff, 0x0b, ...latin1('NETSCAPE2.0'), 0x03, 0x01, 0x00, 0x00, 0x00];
  const frame = colour => [
    ...[0x21, 0xf9, 0x04, 0x00, ...u16le(50), 0x00, 0x00], // half a second, no transparency
    ...[0x2c, 0, 0, 0, 0, ...u16le(width), ...u16le(height), 0x00],
    ...lzw(new Array(width * height).fill(colour), 2),
  ];
  const screen = [...u16le(width), ...u16le(height), 0x81, 0, 0]; // global palette of 4 colours
  return Buffer.from([...latin1('GIF89a'), ...screen, ...palette, ...loop, ...frame(0), ...frame(1), 0x3b]);
}

/** The smallest valid one-page PDF: what a scanned ID "photo" often is. */
function minimalPdf() {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let text = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = text.length;
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(text);
}

/** Looks like a drawing, runs a script if anything ever renders it as a document: the engine must not. */
const scriptedSvg = () =>
  Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800" viewBox="0 0 600 800">
  <script>self.svgScriptRan = true; try { top.svgScriptRan = true } catch (e) {}</script>
  <rect width="600" height="800" fill="#c9d6e3"/>
  <circle cx="300" cy="330" r="150" fill="#6b4f3a"/>
</svg>
`);

const readme = () =>
  Buffer.from(`# Generated corpus

Written by \`node tests/corpus/generate.mjs\` (do not edit by hand; \`--check\` says whether they are current). The
answer the engine must give to each is asserted in \`workers/corpus.test.ts\`.
- \`text.jpg\` plain text named .jpg → format.unsupported ("texte").
- \`script.svg\` an SVG carrying a <script> → format.unsupported ("SVG"), nothing runs.
- \`minimal.pdf\` a valid one-page PDF → format.unsupported ("PDF").
- \`ihdr-60000.png\` a PNG whose header claims 60 000 × 60 000 → image.too_many_pixels, never decoded.
- \`sof-65000.jpg\` franck_02045.jpg with its frame header patched to 65 000 × 65 000 → image.too_many_pixels.
- \`animated-400x320.gif\` two frames, red then blue → ok, made from the red one.
`);

const files = {
  'README.md': readme,
  'text.jpg': () => Buffer.from('Bonjour, ceci n’est pas une photo mais un texte renommé en .jpg.\n'),
  'script.svg': scriptedSvg,
  'minimal.pdf': minimalPdf,
  'ihdr-60000.png': hugePng,
  'sof-65000.jpg': hugeJpeg,
  'animated-400x320.gif': animatedGif,
};

const check = process.argv.includes('--check');
mkdirSync(out, { recursive: true });
let stale = 0;
for (const [name, make] of Object.entries(files)) {
  const path = join(out, name);
  const bytes = make();
  if (!check) writeFileSync(path, bytes);
  else if (!safeRead(path)?.equals(bytes)) {
    console.error(`${path} is not what tests/corpus/generate.mjs makes: run it and commit the result.`);
    stale++;
  }
}
process.exit(stale ? 1 : 0);

function safeRead(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
