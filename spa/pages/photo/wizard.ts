import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import type { Key } from '../../../shared/i18n';
import type { Meta } from '../../../shared/upload';
import type { Frame } from '../../../shared/engine';
import type { PhotoSession } from '../../../workers/bridge';
import { faceDownload, prefetchFaceAnalysis } from '../../analysis/analysis';
import { engine } from '../../app/engine';
import { lang } from '../../app/i18n';
import { profile, role } from '../../app/settings';
import { consentStore, freshWizard, wizardStore, type ConsentReceipt, type WizardState } from './state';
import type { StepId } from './steps';
import type { Ready } from './types';

export type Notice = { message: string } | { key: Key; params?: Record<string, string> };

/** What is written to IndexedDB: once the JPEG is made and kept, never the original; once it is received, neither. */
const stored = (state: WizardState): WizardState => (state.made ? { ...state, photo: undefined } : state);

/**
 * How long a new photo may wait for the face analysis's download to end before it shows without it, framed by the
 * centre: on a fast link it ends within it and the photo is framed by the face at once; a download that will not end
 * in time (its rate says so) is not waited for.
 */
const faceWaitMs = 10_000;

/**
 * The photo wizard's state and actions, for one flow ("photo" or "badge"). Every change of the state is written to
 * IndexedDB, and a reload starts from what was written: same step, same photo, same framing, same deposit key.
 */
export function createWizard(flow: string) {
  const store = wizardStore(flow);
  prefetchFaceAnalysis();
  const [state, setState] = createSignal<WizardState>(freshWizard());
  const [receipt, setReceipt] = createSignal<ConsentReceipt>();
  const [ready, setReady] = createSignal<Ready>();
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<Notice>();
  const [loaded, setLoaded] = createSignal(false);
  /** The photo shown went on without face analysis, whose models are still downloading: it is redone when they are. */
  const [facesLater, setFacesLater] = createSignal(false);
  /** That photo was then analysed again, with them: the frame and the report on screen changed by themselves. */
  const [facesRedone, setFacesRedone] = createSignal(false);

  const consentValid = () => receipt()?.version === profile().consent.version;
  const update = (change: Partial<WizardState>) => setState(current => ({ ...current, ...change }));
  /**
   * On to sending, the JPEG is what counts: it is kept (`made`) and the original is no longer stored; it stays in
   * memory for a step back to the framing, and is let go of once « Envoyer » is pressed. A step back to the framing
   * after a reload, with no original left, goes to choosing it again.
   */
  function go(step: StepId) {
    const made = ready();
    if (step === 'send' && made) {
      const { url: _, preview: __, ...kept } = made;
      return update({ step, made: { ...kept, originalBytes: state().photo?.size ?? 0 } });
    }
    if (step === 'follow') {
      session?.engine.close();
      session = undefined;
      return update({ step, photo: undefined });
    }
    if (step === 'framing' && !state().photo) return update({ step: 'source', made: undefined });
    update({ step });
  }
  /** Where to go back to once the image-rights answer is changed. */
  let afterConsent: StepId = 'source';

  async function load() {
    const [saved, agreed] = await Promise.all([store.load(), consentStore.load(profile().id)]);
    setReceipt(agreed);
    const start = saved ?? freshWizard();
    setState(consentValid() || start.step !== 'source' ? start : { ...start, step: 'consent' });
    if (start.made && !start.photo)
      setReady({ ...start.made, url: URL.createObjectURL(start.made.output.blob) });
    // A photo that no longer renders (engine update, storage damage) sends the person back to choosing one.
    else if (start.photo && !(await render(start.photo, start.frame)))
      update({ step: 'source', photo: undefined });
    setLoaded(true);
  }
  void load();
  createEffect(on(state, current => loaded() && void store.save(stored(current)), { defer: true }));
  onCleanup(() => URL.revokeObjectURL(ready()?.url ?? ''));

  /**
   * The photo of the moment, analysed once by the engine and rendered at each reframe. While the page downloads the
   * face analysis (spa/analysis), the engine does not fetch it: the photo goes on without, and is analysed again
   * once it is here. A download that failed leaves the engine to try itself, and its checks to say what it found.
   */
  let session: { photo: Blob; engine: PhotoSession } | undefined;
  function sessionFor(photo: Blob, fresh = false): PhotoSession {
    if (session?.photo === photo && !fresh) return session.engine;
    session?.engine.close();
    const here = faceDownload.done() || faceDownload.state() === 'failed';
    session = {
      photo,
      engine: engine.open(photo, { lang: lang(), faceModels: here ? 'fetch' : 'if-loaded' }),
    };
    return session.engine;
  }
  onCleanup(() => session?.engine.close());

  /**
   * Runs the engine; false (with the reason shown) when the photo cannot become a card photo. A photo chosen before
   * the face analysis is on the device waits for it `faceWaitMs` at most (not at all when it will not be there by
   * then), then shows framed by the centre, and is redone with it once it is here (`redoWithFaces`).
   */
  async function render(photo: Blob, frame?: Frame): Promise<boolean> {
    setBusy(true);
    setProblem(undefined);
    if (session?.photo !== photo) {
      faceDownload.start('photo');
      await faceDownload.within(faceWaitMs);
    }
    const result = await sessionFor(photo).render(profile().photo, { lang: lang(), frame });
    setBusy(false);
    setFacesLater(result.ok && result.facesLater === true);
    if (facesLater()) void redoWithFaces();
    if (!result.ok) return (setProblem({ message: result.error.message }), false);
    if (!result.output) {
      const failed = result.checks.find(check => check.status === 'fail');
      return (setProblem(failed ? { message: failed.message } : { key: 'studio.source.failed' }), false);
    }
    URL.revokeObjectURL(ready()?.url ?? '');
    setReady({ ...result, output: result.output, url: URL.createObjectURL(result.output.blob) });
    return true;
  }

  /**
   * Once the face analysis is on the device (or its download failed: the engine then says so), the photo of the moment
   * again, its framing kept if set by hand, on the framing or checks step (later, the person has confirmed what they
   * saw).
   */
  let waitingForFaces = false;
  async function redoWithFaces() {
    if (waitingForFaces) return;
    waitingForFaces = true;
    await faceDownload.settled();
    waitingForFaces = false;
    const { photo, frame, step } = state();
    if (!facesLater()) return;
    if (!photo || (step !== 'framing' && step !== 'checks')) return void setFacesLater(false);
    sessionFor(photo, true);
    // A different JPEG: a new deposit, whose checks are confirmed again.
    if (!(await render(photo, frame))) return;
    update({ made: undefined, key: crypto.randomUUID(), confirmed: unconfirmed() });
    setFacesRedone(!facesLater());
  }

  const needsCertification = () => flow === 'badge' || role() === 'staff';
  const unconfirmed = () => ({ ...freshWizard().confirmed, certified: state().confirmed.certified });

  return {
    state,
    ready,
    busy,
    facesLater,
    facesRedone,
    problem,
    loaded,
    receipt,
    consentValid,
    go,
    /** A new photo is a new deposit: new key, automatic framing, and its checks to confirm again. */
    async choose(photo: Blob) {
      setFacesRedone(false);
      if (!(await render(photo))) return;
      update({
        photo,
        made: undefined,
        frame: undefined,
        key: crypto.randomUUID(),
        confirmed: unconfirmed(),
        step: 'framing',
      });
    },
    /** A new framing makes a different JPEG: it is a new deposit too. */
    async reframe(frame: Frame) {
      const { photo } = state();
      if (!photo || !(await render(photo, frame))) return;
      update({ frame, made: undefined, key: crypto.randomUUID(), confirmed: unconfirmed(), step: 'checks' });
    },
    chooseCard(change: Partial<NonNullable<WizardState['card']>>) {
      update({ card: { crous: false, european: false, ...state().card, ...change } });
    },
    confirm(change: Partial<WizardState['confirmed']>) {
      update({ confirmed: { ...state().confirmed, ...change } });
    },
    async agree(choices: string[]) {
      const given = {
        profile: profile().id,
        version: profile().consent.version,
        choices,
        at: new Date().toISOString(),
      };
      setReceipt(given);
      await consentStore.save(given);
      go(afterConsent);
    },
    changeConsent() {
      afterConsent = state().step;
      go('consent');
    },
    /** The office refused the photo: back to choosing one, saying why. */
    rejected(reason: string | undefined) {
      setProblem({ key: 'studio.follow.rejected', params: { reason: reason ?? '' } });
      update({
        step: 'source',
        photo: undefined,
        made: undefined,
        frame: undefined,
        key: undefined,
        confirmed: unconfirmed(),
      });
    },
    /**
     * The server has the photo (a receipt is stored, spa/upload): the JPEG is let go of too, in memory and in storage.
     * The follow-up step needs only the deposit's key.
     */
    received() {
      if (state().step !== 'follow' || !state().made) return;
      URL.revokeObjectURL(ready()?.url ?? '');
      setReady(undefined);
      update({ made: undefined });
    },
    restart() {
      URL.revokeObjectURL(ready()?.url ?? '');
      setReady(undefined);
      setProblem(undefined);
      setState({ ...freshWizard(), step: consentValid() ? 'source' : 'consent' });
    },
    meta(photo: Ready): Meta {
      const ids = (status: string) => photo.checks.filter(c => c.status === status).map(c => c.id);
      const agreed = receipt();
      return {
        profile: profile().id,
        role: flow === 'badge' ? 'staff' : role(),
        lang: lang(),
        consent: {
          version: agreed?.version ?? profile().consent.version,
          choices: agreed?.choices ?? [],
          at: agreed?.at ?? new Date().toISOString(),
        },
        ...(needsCertification() ? { certified: state().confirmed.certified } : {}),
        ...(profile().esup ? { card: state().card ?? { crous: false, european: false } } : {}),
        checks: { verdict: photo.verdict, failed: ids('fail'), warned: ids('warn') },
      };
    },
    needsCertification,
  };
}

export type Wizard = ReturnType<typeof createWizard>;
