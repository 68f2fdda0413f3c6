import type { Lang } from '../../shared/i18n/lang';
import type { ProfileLink, Task } from '../../shared/profiles';

/** "Opposition", "opposition", "OPPOSÉ" → comparable words: lower case, accents and punctuation dropped. */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const words = (text: string) => fold(text).split(' ').filter(Boolean);

/** The task's name as the person reads it ("Mot de passe"): found by its words too. */
export type TaskName = (task: Task) => string;

/**
 * How well `query` names `link`: every typed word must start a word of its keywords, label, task or hint (labels
 * and hints in both languages, people mix them), so "mdp", "perdu", "oppo" and "mot de passe" all find their link.
 * A keyword hit weighs more than a label hit, then the task, then the hint; 0 means no match.
 */
export function score(link: ProfileLink, query: string, taskName: TaskName): number {
  const typed = words(query);
  if (typed.length === 0) return 0;
  const fields: [number, string[]][] = [
    // `?? []`: the shipped profiles are their JSON as is (shared/profiles), without the schema's defaults.
    [4, (link.keywords ?? []).flatMap(words)],
    [3, [...words(link.label.fr), ...words(link.label.en)]],
    [2, [...words(link.task), ...words(taskName(link.task))]],
    [1, link.hint ? [...words(link.hint.fr), ...words(link.hint.en)] : []],
  ];
  let total = 0;
  for (const word of typed) {
    const best = Math.max(
      ...fields.map(([weight, list]) => (list.some(w => w.startsWith(word)) ? weight : 0)),
    );
    if (best === 0) return 0;
    total += best;
  }
  return total;
}

/** The links that match, best first; among equals, the profile's order. */
export function search(links: readonly ProfileLink[], query: string, taskName: TaskName): ProfileLink[] {
  return links
    .map((link, index) => ({ link, index, score: score(link, query, taskName) }))
    .filter(entry => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(entry => entry.link);
}

/** The label a person reads, with its hint: "Changer mon mot de passe — Mon compte, onglet …". */
export const describe = (link: ProfileLink, lang: Lang): string =>
  link.hint ? `${link.label[lang]} — ${link.hint[lang]}` : link.label[lang];
