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
export type Check = {
  id: string;
  status: CheckStatus;
  value?: number;
  limits?: Record<string, number>;
  message: string;
};
export type Verdict = 'ok' | 'warnings' | 'blocked';

/** `blocked` if any check fails, `warnings` if any warns, else `ok`. */
export const verdictOf = (checks: readonly Check[]): Verdict =>
  checks.some(c => c.status === 'fail')
    ? 'blocked'
    : checks.some(c => c.status === 'warn')
      ? 'warnings'
      : 'ok';
