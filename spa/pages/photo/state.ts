import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Frame } from '../../../shared/engine';
import type { StepId } from './steps';
import type { Ready } from './types';

/** The image-rights answer for one profile and one wording version, dated: the person can see and change it. */
export type ConsentReceipt = { profile: string; version: string; choices: string[]; at: string };

/**
 * What the send and follow steps show of the photo made: the JPEG and what the engine said of it, never the
 * original's preview; and the original's size, for « x ko de moins ».
 */
export type Made = Omit<Ready, 'url' | 'preview'> & { originalBytes: number };

/**
 * Everything needed to resume the wizard after a reload or a closed tab. Until the person moves on to sending, the
 * original and the frame (the engine makes the same JPEG again from them); from then on the JPEG alone (`made`): the
 * original, its EXIF and GPS included, is no longer stored (wizard.ts `stored`); once the server has it, the deposit's
 * key alone (its receipt is in spa/upload's store).
 */
export type WizardState = {
  step: StepId;
  /** The original photo as chosen or taken (a File is a Blob: IndexedDB keeps it as is), while it is needed. */
  photo?: Blob;
  /** Set on the way to the send step, until the server has the photo. */
  made?: Made;
  /** Set once the person adjusts the framing; the engine's own frame otherwise. */
  frame?: Frame;
  /** Idempotency-Key of this photo's deposit: made when the photo (or its framing) changes, never on a retry. */
  key?: string;
  /** The card's options the profile asks for (esup-sgc's CROUS and European Student Card), as chosen. */
  card?: { crous: boolean; european: boolean };
  /** What the person confirmed on the check step, and the staff certification. */
  confirmed: { warnings: boolean; covering: boolean; recent: boolean; certified: boolean };
};

export const freshWizard = (): WizardState => ({
  step: 'source',
  confirmed: { warnings: false, covering: false, recent: false, certified: false },
});

interface StudioDb extends DBSchema {
  wizard: { key: string; value: WizardState };
  consent: { key: string; value: ConsentReceipt };
}

let db: Promise<IDBPDatabase<StudioDb>> | undefined;
const open = () =>
  (db ??= openDB<StudioDb>('trombine-studio', 1, {
    upgrade(database) {
      database.createObjectStore('wizard');
      database.createObjectStore('consent');
    },
  }));

/**
 * IndexedDB can be missing or refused (private windows, full disk): the wizard then works without resuming, rather
 * than not at all.
 */
async function safely<T>(work: (database: IDBPDatabase<StudioDb>) => Promise<T>): Promise<T | undefined> {
  try {
    return await work(await open());
  } catch (error) {
    console.warn('studio storage', error);
    return undefined;
  }
}

/** One wizard per flow ("photo", "badge"), so a badge request does not overwrite a card photo in progress. */
export const wizardStore = (flow: string) => ({
  load: () => safely(d => d.get('wizard', flow)),
  save: (state: WizardState) => safely(d => d.put('wizard', state, flow)),
  clear: () => safely(d => d.delete('wizard', flow)),
});

/** Every wizard's state (its photo) and every image-rights receipt: what « Effacer mes données » empties. */
export const eraseStudio = () =>
  safely(async d => {
    const tx = d.transaction(['wizard', 'consent'], 'readwrite');
    await Promise.all([tx.objectStore('wizard').clear(), tx.objectStore('consent').clear(), tx.done]);
  });

export const consentStore = {
  load: (profile: string) => safely(d => d.get('consent', profile)),
  save: (receipt: ConsentReceipt) => safely(d => d.put('consent', receipt, receipt.profile)),
};
