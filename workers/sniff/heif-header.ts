import { corrupt, fourCC, readExactly, type Reader } from './bytes';
import type { Size } from './header';

type Box = { type: string; start: number; end: number };

/** A file with more boxes than this at one level is not a photo. */
const maxBoxes = 4096;
/** `ipma` lists a few bytes per item; a grid photo has a few hundred items at most. */
const maxAssociationBytes = 1 << 20;

/** The boxes between `from` and `to`, from their headers alone: `mdat`, however big, is stepped over, not read. */
async function boxes(reader: Reader, from: number, to: number): Promise<Box[]> {
  const found: Box[] = [];
  for (let at = from; at + 8 <= to;) {
    if (found.length === maxBoxes) throw corrupt();
    const head = await readExactly(reader, at, 8);
    let [size, body] = [head.getUint32(0), at + 8];
    if (size === 1) {
      size = Number((await readExactly(reader, at + 8, 8)).getBigUint64(0));
      body += 8;
    } else if (size === 0) size = to - at; // "to the end of the file"
    if (size < body - at || at + size > to) throw corrupt();
    found.push({ type: fourCC(head, 4), start: body, end: at + size });
    at += size;
  }
  return found;
}

const find = (list: Box[], type: string) => list.find(box => box.type === type);
const need = (box: Box | undefined) => box ?? throwCorrupt();
const throwCorrupt = (): never => {
  throw corrupt();
};

/**
 * The displayed size of a HEIC or AVIF, without decoding: the `ispe` (image spatial extents) property of the
 * primary item in `meta` → `iprp` → `ipco`, a quarter turn applied when its `irot` says 90° or 270°. When no
 * association names the primary item's properties, the largest `ispe` is the photo (grid tiles and thumbnails are
 * smaller).
 */
export async function heifSize(reader: Reader): Promise<Size> {
  const meta = need(find(await boxes(reader, 0, reader.size), 'meta'));
  const inMeta = await boxes(reader, meta.start + 4, meta.end); // `meta` is a full box: skip version and flags
  const iprp = need(find(inMeta, 'iprp'));
  const inIprp = await boxes(reader, iprp.start, iprp.end);
  const ipco = need(find(inIprp, 'ipco'));
  const properties = await boxes(reader, ipco.start, ipco.end);

  const pitm = find(inMeta, 'pitm');
  const ipma = find(inIprp, 'ipma');
  const primary = pitm && ipma ? await primaryProperties(reader, pitm, ipma) : [];
  const ofPrimary = primary.map(index => properties[index - 1]).filter(box => box !== undefined);

  const extents = async (box: Box) => {
    const view = await readExactly(reader, box.start + 4, 8);
    return { width: view.getUint32(0), height: view.getUint32(4) };
  };
  let size: Size | undefined;
  const ispe = find(ofPrimary, 'ispe');
  if (ispe) size = await extents(ispe);
  else
    for (const box of properties.filter(p => p.type === 'ispe')) {
      const candidate = await extents(box);
      if (!size || candidate.width * candidate.height > size.width * size.height) size = candidate;
    }
  if (!size || size.width === 0 || size.height === 0) throw corrupt();

  const irot = find(ofPrimary, 'irot');
  const quarterTurns = irot ? (await readExactly(reader, irot.start, 1)).getUint8(0) & 3 : 0;
  return quarterTurns % 2 ? { width: size.height, height: size.width } : size;
}

/** The 1-based `ipco` indices of the properties that `ipma` associates with the item `pitm` names primary. */
async function primaryProperties(reader: Reader, pitm: Box, ipma: Box): Promise<number[]> {
  const wideId = (await readExactly(reader, pitm.start, 1)).getUint8(0) > 0; // version 0: 16-bit item ids
  const item = await readExactly(reader, pitm.start + 4, wideId ? 4 : 2);
  const id = wideId ? item.getUint32(0) : item.getUint16(0);
  if (ipma.end - ipma.start > maxAssociationBytes) throw corrupt();
  const table = await readExactly(reader, ipma.start, ipma.end - ipma.start);
  const [version, wideIndices] = [table.getUint8(0), (table.getUint8(3) & 1) === 1];
  let at = 8;
  for (let entry = 0, count = table.getUint32(4); entry < count; entry++) {
    const itemId = version < 1 ? table.getUint16(at) : table.getUint32(at);
    at += version < 1 ? 2 : 4;
    const associations = table.getUint8(at++);
    const indices: number[] = [];
    for (let i = 0; i < associations; i++) {
      // The top bit says "essential"; the rest is the index.
      indices.push(wideIndices ? table.getUint16(at) & 0x7fff : table.getUint8(at) & 0x7f);
      at += wideIndices ? 2 : 1;
    }
    if (itemId === id) return indices;
  }
  return [];
}
