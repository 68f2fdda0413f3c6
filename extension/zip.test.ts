import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { zip } from './zip';

const entries = [
  { name: 'manifest.json', data: Buffer.from('{"manifest_version":3}'.repeat(50)) },
  { name: '_locales/fr/messages.json', data: Buffer.from('{"é":"à"}') },
  { name: 'icons/16.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
];

/** Reads the archive back from its central directory, as a store's unzip does. */
function unzip(archive: Buffer) {
  const end = archive.length - 22;
  expect(archive.readUInt32LE(end)).toBe(0x06054b50);
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const [method, size, nameLength, offset] = [
      archive.readUInt16LE(at + 10),
      archive.readUInt32LE(at + 20),
      archive.readUInt16LE(at + 28),
      archive.readUInt32LE(at + 42),
    ];
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const body = archive.subarray(offset + 30 + nameLength, offset + 30 + nameLength + size);
    files[name] = (method === 8 ? inflateRawSync(body) : body).toString('latin1');
    at += 46 + nameLength;
  }
  return files;
}

it('writes an archive whose every file reads back', () => {
  const files = unzip(zip(entries));
  for (const { name, data } of entries) expect(files[name]).toBe(data.toString('latin1'));
});

it('gives the same bytes for the same files', () => {
  expect(zip(entries).equals(zip(entries))).toBe(true);
});

it('passes Python’s zipfile check (CRC of every entry) when Python is there', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'trombine-zip-')), 'x.zip');
  writeFileSync(file, zip(entries));
  let python = true;
  try {
    execFileSync('python3', ['--version']);
  } catch {
    python = false;
  }
  if (!python) return expect(readFileSync(file).length).toBeGreaterThan(0);
  const bad = execFileSync('python3', [
    '-c',
    'import sys,zipfile;print(zipfile.ZipFile(sys.argv[1]).testzip())',
    file,
  ]);
  expect(bad.toString().trim()).toBe('None');
});
