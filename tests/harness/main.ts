import { findProfile, type Profile } from '../../shared/profiles';
import type { Lang } from '../../shared/i18n';
import { makeEngine } from '../../workers/bridge';

/** What crosses back to node: the result without its Blob, and the JPEG as base64 (a few tens of kB). */
export type HarnessResult = Awaited<ReturnType<typeof processUrl>>;

const engine = makeEngine();

async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** Runs the engine on the file at `url` (served by the driver) with the profile's photo spec. */
async function processUrl(url: string, profileId: string, lang: Lang) {
  const profile: Profile | undefined = findProfile(profileId);
  if (!profile) throw new Error(`unknown profile ${profileId}`);
  const file = await (await fetch(url)).blob();
  const result = await engine.process(file, profile.photo, { lang });
  if (!result.ok || !result.output) return { ...result, output: null, jpeg: null };
  const { blob, ...output } = result.output;
  return { ...result, output, jpeg: await base64(blob) };
}

const harness = { processUrl, engine, ready: true };
declare global {
  interface Window {
    harness: typeof harness;
  }
}
window.harness = harness;
