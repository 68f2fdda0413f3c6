/** Types shared by the engine (workers/) and its callers: what can go wrong and what a check reports. */
export const errorCodes = [
  'file.empty',
  'file.too_large',
  'format.unsupported',
  'image.corrupt',
  'image.too_many_pixels',
  'image.too_small',
  'engine.aborted',
  'engine.internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';
/** A rectangle in pixels of the picture it refers to (stated where it is used). */
export type Box = { x: number; y: number; width: number; height: number };
/** Where on the output photo a check applies, so a page can point at it: a box, or the whole background. */
export type CheckArea = Box | 'background';
export type Check = {
  id: string;
  status: CheckStatus;
  value?: number;
  limits?: Record<string, number>;
  /** In the language the engine was asked for. */
  message: string;
  /** The i18n key and parameters behind `message`, so a page can show it again in another language. */
  key?: string;
  params?: Record<string, string | number>;
  /** In output pixels. */
  area?: CheckArea;
};
export type Verdict = 'ok' | 'warnings' | 'blocked';

/** `blocked` if any check fails, `warnings` if any warns, else `ok`. */
export const verdictOf = (checks: readonly Check[]): Verdict =>
  checks.some(c => c.status === 'fail')
    ? 'blocked'
    : checks.some(c => c.status === 'warn')
      ? 'warnings'
      : 'ok';
