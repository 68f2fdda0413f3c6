import { expect } from 'chai';
import { sniffFormat, type Format } from './sniff';

const bytesOf = (...parts: (number[] | string)[]) =>
  new Uint8Array(
    parts.flatMap(part => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)),
  );
const ftyp = (...brands: string[]) =>
  bytesOf([0, 0, 0, 8 + 4 * (brands.length + 1)], 'ftyp', brands[0]!, [0, 0, 0, 0], brands.slice(1).join(''));
const fixtureBytes = async (path: string) =>
  new Uint8Array(await (await fetch(`/tests/fixtures/${path}`)).arrayBuffer()).subarray(0, 4096);

describe('sniffFormat: what a file is, from its first bytes', () => {
  const cases: [string, Uint8Array, Format][] = [
    ['JPEG', bytesOf([0xff, 0xd8, 0xff, 0xe0]), 'jpeg'],
    ['PNG', bytesOf([0x89], 'PNG\r\n\x1a\n'), 'png'],
    ['WebP', bytesOf('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'webp'],
    ['GIF', bytesOf('GIF89a'), 'gif'],
    ['BMP', bytesOf('BM', new Array(30).fill(0)), 'bmp'],
    ['HEIC', ftyp('heic', 'mif1', 'heic'), 'heic'],
    ['HEIF with the generic brand only', ftyp('mif1', 'mif1'), 'heic'],
    ['AVIF', ftyp('avif', 'mif1', 'avif'), 'avif'],
    ['AVIF whose major brand is mif1', ftyp('mif1', 'mif1', 'avif', 'miaf'), 'avif'],
    ['MP4 video', ftyp('isom', 'isom', 'iso2', 'mp41'), 'video'],
    ['QuickTime video', ftyp('qt  ', 'qt  '), 'video'],
    ['Canon CR3', ftyp('crx ', 'crx '), 'raw'],
    ['Canon CR2', bytesOf('II*\0', [16, 0, 0, 0], 'CR', [2, 0]), 'raw'],
    ['TIFF', bytesOf('MM\0*', [0, 0, 0, 8]), 'tiff'],
    ['JPEG XL', bytesOf([0xff, 0x0a, 0xfa]), 'jxl'],
    ['Photoshop', bytesOf('8BPS', [0, 1]), 'psd'],
    ['PDF', bytesOf('%PDF-1.7\n'), 'pdf'],
    ['a Word document (ZIP)', bytesOf('PK\x03\x04', [20, 0]), 'zip'],
    [
      'SVG after an XML prolog',
      bytesOf('<?xml version="1.0"?>\n<!-- made by hand -->\n<svg xmlns="x">'),
      'svg',
    ],
    ['HTML', bytesOf('\n<!DOCTYPE html><html lang="fr">'), 'html'],
    ['text, even accented and cut mid-character', bytesOf('Photo d’identité').subarray(0, 9), 'text'],
    ['binary noise', bytesOf([0x00, 0x13, 0x37, 0x00, 0xfe]), 'unknown'],
    ['invalid UTF-8', bytesOf([0x41, 0xc3, 0x28, 0x41]), 'unknown'],
  ];
  for (const [name, bytes, format] of cases)
    it(`knows ${name}`, () => expect(sniffFormat(bytes)).to.equal(format));

  it('knows the real fixtures, whatever their names say', async () => {
    expect(sniffFormat(await fixtureBytes('formats/photo.tiff'))).to.equal('tiff');
    expect(sniffFormat(await fixtureBytes('formats/franck.heic'))).to.equal('heic');
    expect(sniffFormat(await fixtureBytes('formats/webp.webp'))).to.equal('webp');
    expect(sniffFormat(await fixtureBytes('generated/text.jpg'))).to.equal('text');
    expect(sniffFormat(await fixtureBytes('generated/script.svg'))).to.equal('svg');
    expect(sniffFormat(await fixtureBytes('generated/minimal.pdf'))).to.equal('pdf');
  });
});
