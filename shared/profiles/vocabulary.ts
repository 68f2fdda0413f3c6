// Alone in this module, with no schema: the extension's popup reads them without loading the validation.

/** Who a link is for. Alumni and recruiters reach only part of the ENT. */
export const roles = ['student', 'staff', 'alumni', 'recruiter'] as const;
export type Role = (typeof roles)[number];

/** What a person came to do; the hub and the extension group links by task, in this order. */
export const tasks = [
  'photo',
  'badge',
  'card',
  'password',
  'image-rights',
  'personal-info',
  'mail',
  'izly',
  'help',
] as const;
export type Task = (typeof tasks)[number];
