import { batch, createSignal } from 'solid-js';
import type { ReviewPage, ReviewPhoto } from '../../../shared/review';
import { listPhotos, ReviewError, type Filters, type Problem } from './api';

export type Queue = ReturnType<typeof createQueue>;

/**
 * The photos listed (oldest first, page after page), the one shown, the counts per status, and what stops the page.
 * `pageSize` is the API's `limit`.
 */
export function createQueue(pageSize = 50) {
  const [filters, setFilters] = createSignal<Filters>({ status: 'pending_review', role: '' });
  const [photos, setPhotos] = createSignal<ReviewPhoto[]>([]);
  const [counts, setCounts] = createSignal<ReviewPage['counts']>();
  const [next, setNext] = createSignal<string>();
  const [index, setIndex] = createSignal(0);
  const [problem, setProblem] = createSignal<Problem>();
  let latest = 0;

  /** The first page under the filters, or (`more`) the next one after those listed. */
  async function load(more = false): Promise<void> {
    const asked = ++latest;
    try {
      const page = await listPhotos(filters(), more ? next() : undefined, pageSize);
      if (asked !== latest) return; // filters changed meanwhile: a newer answer is coming
      batch(() => {
        setProblem(undefined);
        setPhotos(listed => (more ? [...listed, ...page.photos] : page.photos));
        if (!more) setIndex(0);
        setCounts(page.counts);
        setNext(page.next);
      });
    } catch (error) {
      if (asked === latest) setProblem(error instanceof ReviewError ? error.problem : 'network');
    }
  }

  const filter = (change: Partial<Filters>) => {
    setFilters(now => ({ ...now, ...change }));
    return load();
  };

  /** One photo on: at the end of the list, the next page first if there is one. False when there is nowhere to go. */
  async function move(step: 1 | -1): Promise<boolean> {
    const to = index() + step;
    if (to >= 0 && to < photos().length) return (setIndex(to), true);
    if (step === -1 || !next()) return false;
    await load(true);
    return to < photos().length && (setIndex(to), true);
  }

  /**
   * A decision taken on `photo` (then `was`): counts follow, the photo leaves a list it no longer fits, and, when
   * `advance`, the next pending photo from there shows.
   */
  function decided(photo: ReviewPhoto, was: ReviewPhoto['status'], advance: boolean) {
    const shown = photos()[index()]?.id;
    const at = photos().findIndex(listed => listed.id === photo.id);
    const fits = !filters().status || filters().status === photo.status;
    const after = fits
      ? photos().map(listed => (listed.id === photo.id ? photo : listed))
      : photos().filter(listed => listed.id !== photo.id);
    const pending = after.findIndex((listed, i) => i >= at && listed.status === 'pending_review');
    const kept = after.findIndex(listed => listed.id === shown);
    batch(() => {
      setCounts(c => c && { ...c, [was]: c[was] - 1, [photo.status]: c[photo.status] + 1 });
      setPhotos(after);
      setIndex(
        Math.max(0, Math.min(advance && pending >= 0 ? pending : kept >= 0 ? kept : at, after.length - 1)),
      );
    });
    if (after.length === 0 && next()) void load(true);
  }

  return {
    filters,
    filter,
    photos,
    counts,
    next,
    index,
    setIndex,
    current: () => photos()[index()],
    problem,
    load,
    move,
    decided,
  };
}
