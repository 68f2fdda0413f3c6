import { translate } from '../../shared/i18n';
import type { PhotoSpec } from '../../shared/profiles';
import { entPageRequest, type EntPage } from './page-request';
import { uiLang as lang } from '../ui/messages';
import { engineFrame } from './engine-client';
import { makeReport, type ReportState } from './report';

/**
 * On the ENT's photo form (Mon compte → Modifier la photo de profil → Télécharger une photo): when a photo is chosen
 * in the photo input the profile names, the studio's engine makes the compliant JPEG and puts it in the input in
 * place of the original, which stays one click away. Registered only for the profile's photo page on an ENT origin
 * the person granted (background/ent-script.ts); any other input of the page, and any other page, is left alone.
 */
const engine = engineFrame();
/** True while we dispatch the change of a file we placed ourselves: that one goes through to the ENT untouched. */
let placing = false;
/** An answer the engine never gives would leave the person waiting: give up after this long. */
const processTimeoutMs = 90_000;

/** The profile's photo input (a file input matching its selector); a selector the page cannot read matches nothing. */
const isPhotoInput = (node: EventTarget | null, selector: string): node is HTMLInputElement => {
  try {
    return node instanceof HTMLInputElement && node.type === 'file' && node.matches(selector);
  } catch {
    return false;
  }
};
/** A PDF chosen in the photo input by mistake goes to the ENT as it is, which says what it accepts. */
const isPhoto = (file: File) => file.type.startsWith('image/') || /\.(heic|heif)$/i.test(file.name);

function place(input: HTMLInputElement, file: File) {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  placing = true;
  try {
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  } finally {
    placing = false;
  }
}

async function improve(input: HTMLInputElement, original: File, spec: PhotoSpec) {
  let usingOriginal = false;
  // eslint-disable-next-line prefer-const -- the toggle below reads it, and it is set once the engine answers
  let compliant: File | undefined;
  let state: ReportState = { kind: 'working' };
  const render = makeReport(input, lang, () => {
    usingOriginal = !usingOriginal;
    place(input, usingOriginal ? original : compliant!);
    if (state.kind === 'done') render((state = { ...state, usingOriginal }));
  });
  render(state);
  const result = await runEngine(original, spec);
  if (!result.ok || !result.output) {
    const message = result.ok ? translate(lang, 'ext.report.no-output') : result.error.message;
    render({ kind: 'failed', message });
    place(input, original); // the ENT gets the person's own photo, as it would without us
    return;
  }
  const name = `${original.name.replace(/\.[^.]*$/, '') || 'photo'}.jpg`;
  compliant = new File([result.output.blob], name, { type: 'image/jpeg', lastModified: Date.now() });
  place(input, compliant);
  state = {
    kind: 'done',
    verdict: result.verdict,
    checks: result.checks,
    before: original.size,
    after: compliant.size,
    usingOriginal,
  };
  render(state);
}

/** The engine's answer, or a failure in words when the frame cannot start or does not answer in time. */
async function runEngine(file: File, spec: PhotoSpec) {
  const failed = (message: string) => ({ ok: false as const, error: { message } });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<ReturnType<typeof failed>>(resolve => {
    timer = setTimeout(() => resolve(failed(translate(lang, 'ext.report.timeout'))), processTimeoutMs);
  });
  try {
    const api = await engine();
    return await Promise.race([api.process(file, spec, { lang }), late]);
  } catch {
    return failed(translate(lang, 'ext.report.unavailable'));
  } finally {
    clearTimeout(timer);
  }
}

async function start() {
  // The background says whether this is the chosen profile's photo page, and gives its rules and photo input.
  const page: EntPage | null = await chrome.runtime.sendMessage(entPageRequest).catch(() => null);
  if (!page) return;
  // Capture phase on the document: we see the choice before the ENT's own handlers, which get our JPEG instead.
  document.addEventListener(
    'change',
    event => {
      const input = event.target;
      if (placing || !isPhotoInput(input, page.input)) return;
      const file = input.files?.[0];
      if (!file || !isPhoto(file)) return;
      event.stopImmediatePropagation();
      input.parentElement?.querySelector(':scope > [data-trombine-report]')?.remove();
      void improve(input, file, page.photo);
    },
    true,
  );
}

void start();
