import type { Strings } from '../strings';

export const fr = {} as const satisfies Record<string, string>;

export const en: Strings<typeof fr> = {};
