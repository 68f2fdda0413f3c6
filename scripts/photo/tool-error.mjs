/** The tool itself cannot go on (no browser, no harness, a disk that refuses to write): exit status 1. */
export class ToolError extends Error {}
