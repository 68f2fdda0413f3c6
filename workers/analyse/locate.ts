import { checkLimits, type PhotoSpec } from '../../shared/profiles';
import type { Located, Point } from '../../shared/engine';
import { headShare } from '../frame/frame';
import { analyseFaces } from './analyse';

export type { Located };

/** After a failure (the models could not be downloaded), live frames wait this long before trying again. */
const retryMs = 10_000;
let failedAt = -Infinity;

/** Only detection and the mesh, on the frame as given (the page makes it ≈ 480 px): no decode, no checks. */
export async function locate(frame: ImageBitmap, spec: PhotoSpec): Promise<Located> {
  if (performance.now() - failedAt < retryMs) {
    frame.close();
    throw new Error('face analysis unavailable');
  }
  const limits = checkLimits(spec);
  const { warn: turned, roll: rolled } = limits['face.pose'];
  // The frame is 2T / headShare high and drawn at spec.height: its upscale is spec.height · headShare / 2T.
  const judged = { turned, rolled, head: (spec.height * headShare) / limits['face.resolution'].fail };
  try {
    const faces = await analyseFaces(frame, 1).catch((error: unknown) => {
      failedAt = performance.now();
      throw error;
    });
    if (!faces) return { count: 0, limits: judged };
    const [w, h] = [frame.width, frame.height];
    const share = (p: Point): Point => ({ x: p.x / w, y: p.y / h });
    const { box, landmarks, angles } = faces.main;
    // The same rule as the face.count check: a second face counts only above the profile's share of the main one.
    const count = faces.secondFace >= limits['face.count'].secondFace ? faces.main.count : 1;
    return {
      count,
      face: {
        box: { x: box.x / w, y: box.y / h, width: box.width / w, height: box.height / h },
        leftEye: share(landmarks.leftEye),
        rightEye: share(landmarks.rightEye),
        chin: share(landmarks.chin),
        angles,
      },
      limits: judged,
    };
  } finally {
    frame.close();
  }
}
