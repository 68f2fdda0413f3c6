import type { ErrorCode } from '../shared/engine';
import type { Params } from '../shared/i18n/format';
import type { Lang } from '../shared/i18n/lang';
import { message, type MessageKey } from './messages';

/** A failure the person can act on; anything else thrown in the pipeline is reported as `engine.internal`. */
export class EngineError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Params = {},
  ) {
    super(code);
  }
}

const messageKeys: Record<ErrorCode, MessageKey> = {
  'file.empty': 'engine.file.empty',
  'file.too_large': 'engine.file.too_large',
  'format.unsupported': 'engine.format.unsupported',
  'image.corrupt': 'engine.image.corrupt',
  'image.too_many_pixels': 'engine.image.too_many_pixels',
  'image.too_small': 'engine.image.too_small',
  'engine.aborted': 'engine.engine.aborted',
  'engine.internal': 'engine.engine.internal',
};

export const errorMessage = (lang: Lang, code: ErrorCode, params?: Params): string =>
  message(lang, messageKeys[code], params);
