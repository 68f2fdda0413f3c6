/** A section's English strings: exactly the keys of its French strings. */
export type Strings<French> = { readonly [K in keyof French]: string };
