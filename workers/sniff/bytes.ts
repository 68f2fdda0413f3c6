import { EngineError } from '../errors';

/**
 * Random access to a file's bytes. The head (the first 64 KB, read once for sniffing) answers most header reads;
 * anything beyond it, such as a JPEG frame header behind a large EXIF thumbnail, is a small read of its own, so a
 * 40 MB file is never read whole to learn its size.
 */
export type Reader = {
  size: number;
  /** Up to `length` bytes at `offset`: fewer at the end of the file. */
  read(offset: number, length: number): Promise<Uint8Array>;
};

export const headBytes = 64 * 1024;

export function blobReader(file: Blob, head: Uint8Array): Reader {
  return {
    size: file.size,
    async read(offset, length) {
      if (offset + length <= head.length) return head.subarray(offset, offset + length);
      return new Uint8Array(await file.slice(offset, offset + length).arrayBuffer());
    },
  };
}

/** A header that is cut short or points outside the file: the file is damaged, whatever its name says. */
export const corrupt = () => new EngineError('image.corrupt');

export async function readExactly(reader: Reader, offset: number, length: number): Promise<DataView> {
  const bytes = offset >= 0 ? await reader.read(offset, length) : new Uint8Array();
  if (bytes.length < length) throw corrupt();
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function fourCC(view: DataView, at: number): string {
  // The view may be a window on a bigger buffer (the head): never read past the window's own end.
  if (at + 4 > view.byteLength) throw corrupt();
  return String.fromCharCode(...new Uint8Array(view.buffer, view.byteOffset + at, 4));
}
