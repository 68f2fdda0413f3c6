import { formatBytes } from '../../shared/i18n/format';
import type { CheckModule } from './check';

/** The upload's size cap: the encoder never returns a file over it, so a miss blocks the photo. */
export const outputBytes: CheckModule = {
  id: 'output.bytes',
  needsFace: false,
  run({ encoded, spec, lang }) {
    return {
      status: encoded.fits ? 'pass' : 'fail',
      key: encoded.fits ? 'check.output.bytes.pass' : 'check.output.bytes.fail',
      value: encoded.bytes,
      limits: { max: spec.maxBytes },
      params: { size: formatBytes(lang, encoded.bytes), max: formatBytes(lang, spec.maxBytes) },
    };
  },
};
