import * as v from 'valibot';
import { isKey, translate, type Lang } from '../i18n';
import { limits, ProfileSchema, type Profile } from './schema';

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; errors: string[] };

/** One line per problem, naming the field: "links.3.url : adresse invalide (…)". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], lang: Lang): string[] {
  return issues.map(issue => {
    const path = v.getDotPath(issue) ?? '(profil)';
    const message = isKey(issue.message)
      ? translate(lang, issue.message, { max: String(issue.requirement ?? '') })
      : issue.kind === 'validation'
        ? translate(lang, 'profile.error.range', { expected: issue.expected ?? '' })
        : translate(lang, 'profile.error.type', { expected: issue.expected ?? '', received: issue.received });
    return translate(lang, 'profile.error.at', { path, message });
  });
}

export function parseProfile(input: unknown, lang: Lang = 'fr'): ProfileResult {
  const result = v.safeParse(ProfileSchema, input);
  return result.success
    ? { ok: true, profile: result.output }
    : { ok: false, errors: describeIssues(result.issues, lang) };
}

/** A profile pasted as text (the extension's options): bad JSON, or too much of it, is one more readable error. */
export function parseProfileJson(text: string, lang: Lang = 'fr'): ProfileResult {
  if (text.length > limits.json)
    return { ok: false, errors: [translate(lang, 'profile.error.size', { max: limits.json / 1024 })] };
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return { ok: false, errors: [translate(lang, 'profile.error.json')] };
  }
  return parseProfile(input, lang);
}
