/** A mesh point with the model's depth (same units as x and y; larger z is farther from the camera). */
export type Point3 = { x: number; y: number; z: number };

const degrees = (radians: number) => (radians * 180) / Math.PI;

/**
 * The bridge-to-chin line leans back this much on a face looking straight at the camera (the chin sits forward of
 * the bridge of the nose): the median over the 65 real photos of tests/fixtures/real/, most of them frontal.
 */
export const frontalPitch = 6.5;
/**
 * The mesh's depth is flatter than a head: on the labelled real photos, heads judged turned 15–20° read 10–13° of
 * raw yaw. Scaled so that the degrees the report gives are the degrees a person would judge.
 */
export const depthScale = 1.5;

/**
 * Head pose in degrees from the mesh's own 3D points. Yaw: the depth difference across the face's widest line
 * (cheek to cheek, 234 → 454), which is level with the camera when the face looks straight at it; pitch: the same
 * along the nose bridge to chin line (168 → 152), less its slant on a frontal face; roll: the eye line.
 */
export function poseOf(mesh: readonly Point3[]): { yaw: number; pitch: number; roll: number } {
  const at = (i: number) => mesh[i]!;
  const [left, right] = [at(234), at(454)];
  const [bridge, chin] = [at(168), at(152)];
  const [eyeLeft, eyeRight] = [at(33), at(263)];
  const yaw =
    depthScale * degrees(Math.atan2(right.z - left.z, Math.hypot(right.x - left.x, right.y - left.y)));
  const pitch =
    degrees(Math.atan2(chin.z - bridge.z, Math.hypot(chin.x - bridge.x, chin.y - bridge.y))) - frontalPitch;
  const roll = degrees(Math.atan2(eyeRight.y - eyeLeft.y, eyeRight.x - eyeLeft.x));
  return { yaw, pitch, roll };
}
