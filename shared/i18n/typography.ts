/**
 * French typography, as the Imprimerie nationale's rules have it: what a French string must not contain.
 * U+202F (narrow no-break space) before ; ! ? and inside « »; U+00A0 before : and between a number and its unit.
 */
const frenchRules: [RegExp, string][] = [
  [/(?<!\u202f)[;!?](?![\w/])/u, 'espace fine insécable (U+202F) avant ; ! ?'],
  [/(?<![\u00a0]|https?|mailto|tel):(?!\/\/)/u, 'espace insécable (U+00A0) avant :'],
  [/«(?![\u202f\u00a0])|(?<![\u202f\u00a0])»/u, 'espace fine insécable à l’intérieur de « »'],
  [/'/u, 'apostrophe typographique ’ (U+2019)'],
  [/\.\.\./u, 'points de suspension … (U+2026)'],
  [/\d (Mo|ko|Go|%|€|pixels|mégapixels|mois)\b/u, 'espace insécable (U+00A0) entre un nombre et son unité'],
  [/ {2}|^\s|\s$/u, 'espaces en trop'],
];

const englishRules: [RegExp, string][] = [
  [/[\u202f\u00a0][;:!?]/u, 'no space before ; : ! ? in English'],
  [/'/u, 'typographic apostrophe ’ (U+2019)'],
  [/ {2}|^\s|\s$/u, 'extra spaces'],
];

const problems = (rules: [RegExp, string][]) => (text: string) =>
  rules.filter(([pattern]) => pattern.test(text)).map(([, rule]) => rule);

export const frenchTypographyProblems = problems(frenchRules);
export const englishTypographyProblems = problems(englishRules);
