import type { Check } from '../../shared/engine';
import { message } from '../messages';
import { backgroundColour } from './background-colour';
import { backgroundUniform } from './background-uniform';
import type { CheckContext, CheckModule, Outcome } from './check';
import { faceCount } from './face-count';
import { faceEyesOpen } from './face-eyes-open';
import { faceFraming } from './face-framing';
import { faceMouthClosed } from './face-mouth-closed';
import { facePose } from './face-pose';
import { faceResolution } from './face-resolution';
import { glassesGlare } from './glasses-glare';
import { imageColour } from './image-colour';
import { imageSharpness } from './image-sharpness';
import { lightExposure } from './light-exposure';
import { lightUniformity } from './light-uniformity';
import { outputBytes } from './output-bytes';

/** Every check, in report order (the order of `checkIds`): adding one is a module and a line here. */
export const checks: readonly CheckModule[] = [
  faceCount,
  faceFraming,
  facePose,
  faceResolution,
  faceEyesOpen,
  faceMouthClosed,
  imageSharpness,
  lightExposure,
  lightUniformity,
  backgroundUniform,
  backgroundColour,
  imageColour,
  glassesGlare,
  outputBytes,
];

const skipped: Outcome = { status: 'skip', key: 'check.skip.no_face' };

/** Runs every check on the output and translates its outcome into the report's language. */
export function runChecks(context: CheckContext): Check[] {
  const { face, faceBox } = context;
  return checks.map(check => {
    const outcome =
      check.needsFace && !(face && faceBox)
        ? skipped
        : check.run({ ...context, face: face!, faceBox: faceBox! });
    const { key, params, ...rest } = outcome;
    return {
      id: check.id,
      ...rest,
      message: message(context.lang, key, params),
      key,
      ...(params && { params }),
    };
  });
}
