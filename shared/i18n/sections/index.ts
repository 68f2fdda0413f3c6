// Every section's French strings, merged by fr.ts; the tests check they do not overlap. The English halves are in
// `<section>.en.ts`, imported by en.ts alone, so the studio's shell (French) carries no English.
export * as app from './app';
export * as checks from './checks';
export * as engine from './engine';
export * as ext from './ext';
// The intake's e-mails (node only): listed here so the tests check their keys, never merged by fr.ts or en.ts.
export * as mail from './mail';
export * as photo from './photo';
export * as review from './review';
export * as sending from './sending';
export * as studio from './studio';
