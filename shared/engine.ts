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

/** Every check the engine runs, in report order; each is a module in workers/checks/ and a key prefix in i18n. */
export const checkIds = [
  'face.count',
  'face.framing',
  'face.pose',
  'face.resolution',
  'face.eyes_open',
  'face.mouth_closed',
  'image.sharpness',
  'light.exposure',
  'light.uniformity',
  'background.uniform',
  'background.colour',
  'image.colour',
  'glasses.glare',
  'output.bytes',
] as const;
export type CheckId = (typeof checkIds)[number];

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';
/** A rectangle in pixels of the picture it refers to (stated where it is used). */
export type Box = { x: number; y: number; width: number; height: number };
/** Where on the output photo a check applies, so a page can point at it: a box, or the whole background. */
export type CheckArea = Box | 'background';
export type Check = {
  id: CheckId;
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
