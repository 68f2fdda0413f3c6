import type * as HumanModule from '@vladmandic/human';
import type { Config, FaceResult, Human } from '@vladmandic/human';
import { faceCacheName } from '../../shared/engine';

/**
 * Only what the checks read: the face detector and the 468-point mesh, on tfjs's WASM backend (WebGL without a GPU
 * is ten times slower). No iris model (2.4 MB gzipped would break the 3 MB budget; the mesh's own eyelids measure
 * the eyes), no emotion (expression is judged by the mouth), nothing else. Files come from our origin
 * (workers/analyse/assets.mjs, under a path named by their content); the service worker caches /human/ for the
 * next visit, so no IndexedDB copy.
 */
/** Where the face models and tfjs's .wasm are served (`/human/<content hash>/`), set by assets.mjs at build time. */
declare const __HUMAN_BASE__: string;

const config: Partial<Config> = {
  backend: 'wasm',
  modelBasePath: `${__HUMAN_BASE__}models/`,
  wasmPath: `${__HUMAN_BASE__}wasm/`,
  cacheModels: false,
  warmup: 'none',
  cacheSensitivity: 0,
  debug: false,
  filter: { enabled: false },
  gesture: { enabled: false },
  body: { enabled: false },
  hand: { enabled: false },
  object: { enabled: false },
  // Run on demand (segment.ts), never by detect: enabled so that load() fetches its model with the others.
  segmentation: { enabled: true, modelPath: 'selfie.json', mode: 'alpha' } as Config['segmentation'],
  face: {
    enabled: true,
    // Rotation lets the mesh follow a tilted head; five faces are enough to know there is more than one.
    detector: { rotation: true, maxDetected: 5, minConfidence: 0.2, return: false },
    mesh: { enabled: true },
    iris: { enabled: false },
    emotion: { enabled: false },
    description: { enabled: false },
    antispoof: { enabled: false },
    liveness: { enabled: false },
    attention: { enabled: false },
  } as Config['face'],
};

/**
 * The studio's page downloads these files itself into Cache Storage (spa/analysis): read them there first, so a
 * worker that no service worker controls yet (a first visit) does not download them a second time. tfjs fetches
 * models and .wasm through the global fetch.
 */
let readingCache = false;
function readCachedFirst() {
  if (readingCache || !('caches' in self)) return;
  readingCache = true;
  const network = self.fetch.bind(self);
  self.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const cached = url.pathname.startsWith(__HUMAN_BASE__)
      ? await caches.match(url.pathname, { cacheName: faceCacheName }).catch(() => undefined)
      : undefined;
    return cached ?? network(input, init);
  };
}

let loading: Promise<Human> | undefined;
let loaded: Human | undefined;

/** Whether this worker has human and its models already (a photo may then use them without fetching anything). */
export const humanLoaded = (): boolean => loaded !== undefined;

/**
 * Human and its models, fetched once per worker on the first photo or camera frame (never by the app shell). Human's
 * own code is a file among the models' (its ESM build, self-contained), so that the page can download it with them.
 * A failed download is forgotten, so a later call tries again. Human only logs a model it could not fetch, and its
 * detect then never settles: a model missing is an error here.
 */
export function loadHuman(): Promise<Human> {
  loading ??= (async () => {
    readCachedFirst();
    const url = `${__HUMAN_BASE__}human.esm.js`;
    const { Human } = (await import(/* @vite-ignore */ url)) as typeof HumanModule;
    const human = new Human(config);
    await human.load();
    const missing = human.models.stats().modelStats.filter(model => !model.loaded);
    if (missing.length) throw new Error(`face models not loaded: ${missing.map(m => m.name).join(', ')}`);
    return (loaded = human);
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

let running: Promise<unknown> = Promise.resolve();

/**
 * One use of human at a time: a photo may arrive while the camera dialog's live locate is still running, and
 * human's detect keeps state between its awaits.
 */
export function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = running.then(task);
  running = run.catch(() => {});
  return run;
}

/** The faces human finds in `image`, in its pixels. */
export const detectFaces = (image: ImageBitmap): Promise<FaceResult[]> =>
  serially(async () => (await (await loadHuman()).detect(image)).face);
