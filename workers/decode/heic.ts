import type { MainModule, heif_context } from 'libheif-js/libheif-wasm/libheif.js';
import wasmUrl from 'libheif-js/libheif-wasm/libheif.wasm?url';
import { EngineError } from '../errors';
import { fitting } from './decode';

/**
 * HEIC/HEIF (iPhone photos synced to a PC) for browsers that cannot decode it: Chrome, Firefox, Edge.
 *
 * Which libheif-js build, measured in our Vite 8 build (raw / gzip -9):
 * - `libheif-wasm/libheif.js` glue 88 KB / 27 KB + `libheif.wasm` 1 422 KB / 469 KB as a separate asset, about
 *   496 KB gzip in all. Chosen. (Its `libheif-js/wasm` entry reads the file with Node's `fs`: not for browsers.)
 * - `libheif-js/wasm-bundle` (`libheif-bundle.mjs`) 1 985 KB / 695 KB, the wasm inlined as base64: 200 KB more
 *   on a weak link, and the binary held twice in memory while it is decoded.
 * Both come from our origin; compiling the wasm needs only 'wasm-unsafe-eval', which the Content-Security-Policy
 * allows, and the glue runs in this module worker (no blob: worker). libheif (LGPL-3.0) stays in files of its own,
 * loaded only when a HEIC is opened: `libheif-*.wasm`, byte for byte as npm ships it, and `libheif-*.js`, the glue
 * in the bundler's CommonJS wrapper.
 */

/** The hand-written part of libheif-js's API (its post.js), which its generated .d.ts does not describe. */
type HeifImage = {
  get_width(): number;
  get_height(): number;
  is_primary(): boolean;
  /** Decodes to RGBA in `target`, with libheif's default options: rotation and mirroring (irot, imir) applied. */
  display(target: ImageData, done: (result: ImageData | null) => void): void;
  free(): void;
};
type Libheif = MainModule & {
  HeifDecoder: new () => { decoder: heif_context | null; decode(bytes: Uint8Array): HeifImage[] };
};

let instance: Promise<Libheif> | undefined;

function load(): Promise<Libheif> {
  instance ??= (async () => {
    const [{ default: create }, wasmBinary] = await Promise.all([
      import('libheif-js/libheif-wasm/libheif.js'),
      fetch(wasmUrl).then(response => {
        if (!response.ok) throw new Error(`libheif.wasm: HTTP ${response.status}`);
        return response.arrayBuffer();
      }),
    ]);
    // This glue instantiates synchronously: handed the bytes, it skips its own synchronous XMLHttpRequest.
    return create({ wasmBinary }) as Libheif;
  })();
  // A failed download must not stick: the next HEIC tries again.
  instance.catch(() => (instance = undefined));
  return instance;
}

/**
 * The primary image of a HEIC file, upright, at most `maxBitmapPixels` (decode.ts). A file libheif cannot read is
 * `image.corrupt`; a decoder that cannot be downloaded is not the photo's fault and surfaces as `engine.internal`.
 */
export async function decodeHeic(file: Blob): Promise<ImageBitmap> {
  const [libheif, bytes] = await Promise.all([load(), file.arrayBuffer()]);
  const decoder = new libheif.HeifDecoder();
  let images: HeifImage[] = [];
  try {
    images = decoder.decode(new Uint8Array(bytes));
    const image = images.find(candidate => candidate.is_primary()) ?? images[0];
    if (!image) throw new EngineError('image.corrupt');
    const pixels = await display(image);
    // libheif has no scaled decode: the full-size RGBA exists once, but no bitmap or canvas above the cap does.
    return await createImageBitmap(pixels, fitting(pixels));
  } catch (error) {
    if (error instanceof EngineError) throw error;
    // A wasm abort leaves the instance unusable: start a fresh one for the next file.
    instance = undefined;
    throw new EngineError('image.corrupt');
  } finally {
    for (const image of images) image.free();
    if (decoder.decoder) libheif.heif_context_free(decoder.decoder);
  }
}

function display(image: HeifImage): Promise<ImageData> {
  const target = new ImageData(image.get_width(), image.get_height());
  return new Promise((resolve, reject) => {
    // display() decodes in a detached async callback: when libheif throws there, `done` is never called and the
    // error only surfaces as an unhandled rejection. Catch it, or a broken file would hang the engine.
    const crashed = (event: PromiseRejectionEvent) => {
      event.preventDefault();
      reject(event.reason);
    };
    addEventListener('unhandledrejection', crashed, { once: true });
    image.display(target, result => {
      removeEventListener('unhandledrejection', crashed);
      if (result) resolve(result);
      else reject(new EngineError('image.corrupt'));
    });
  });
}
