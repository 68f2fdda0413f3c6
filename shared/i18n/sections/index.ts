// Every section of the dictionary; fr.ts and en.ts merge them, the tests check they do not overlap.
export * as app from './app';
export * as checks from './checks';
export * as engine from './engine';
export * as ext from './ext';
export * as photo from './photo';
export * as sending from './sending';
export * as studio from './studio';
