import type { Frame } from '../../../shared/engine';

/** Adjustments of the frame, in the person's terms: they move the photo inside the card, not the card. */
export type Adjustment =
  | { kind: 'move'; dx: number; dy: number }
  | { kind: 'zoom'; factor: number }
  | { kind: 'rotate'; degrees: number };

const radians = (degrees: number) => (degrees * Math.PI) / 180;
const centre = (frame: Frame) => ({ x: frame.x + frame.width / 2, y: frame.y + frame.height / 2 });

/**
 * The frame after one adjustment. `move` is in shares of the frame's own width and height, along the card's axes:
 * moving the photo right shifts the frame left across the (possibly turned) photo. `zoom` > 1 makes the face bigger
 * (a smaller frame about the same centre). `rotate` turns the photo clockwise on the card.
 */
export function adjust(frame: Frame, change: Adjustment): Frame {
  const c = centre(frame);
  switch (change.kind) {
    case 'move': {
      const [ux, uy] = [-change.dx * frame.width, -change.dy * frame.height];
      const a = radians(frame.rotation);
      const [x, y] = [c.x + ux * Math.cos(a) - uy * Math.sin(a), c.y + ux * Math.sin(a) + uy * Math.cos(a)];
      return { ...frame, x: x - frame.width / 2, y: y - frame.height / 2 };
    }
    case 'zoom': {
      const [width, height] = [frame.width / change.factor, frame.height / change.factor];
      return { ...frame, x: c.x - width / 2, y: c.y - height / 2, width, height };
    }
    case 'rotate': {
      // Turning the photo clockwise on the card turns the frame anticlockwise over the photo.
      const rotation = ((((frame.rotation - change.degrees + 180) % 360) + 360) % 360) - 180;
      return { ...frame, rotation: Math.round(rotation * 1000) / 1000 };
    }
  }
}

/**
 * The CSS transform that shows `frame` of the source filling a box `viewWidth` px wide, for an image laid out at
 * the source's size with its origin at the top left: the inverse of what the engine draws (workers/resize).
 */
export function frameTransform(frame: Frame, viewWidth: number, viewHeight: number): string {
  const c = centre(frame);
  const scale = viewWidth / frame.width;
  return [
    `translate(${viewWidth / 2}px, ${viewHeight / 2}px)`,
    `scale(${scale})`,
    `rotate(${-frame.rotation}deg)`,
    `translate(${-c.x}px, ${-c.y}px)`,
  ].join(' ');
}

/** A drag of (dx, dy) screen pixels over a view `viewWidth` px wide, as a `move` in shares of the frame. */
export const dragMove = (dx: number, dy: number, viewWidth: number, viewHeight: number): Adjustment => ({
  kind: 'move',
  dx: dx / viewWidth,
  dy: dy / viewHeight,
});

/**
 * The transform that places the engine's output (the `rendered` frame drawn at `width` × `height`) back where it lies
 * on the source, so that `frameTransform` can follow it: the framing preview when the source itself cannot be shown
 * (HEIC, which browsers do not display, and no preview from the engine).
 */
export function outputPlacement(rendered: Frame, width: number, height: number): string {
  const c = centre(rendered);
  return [
    `translate(${c.x}px, ${c.y}px)`,
    `rotate(${rendered.rotation}deg)`,
    `scale(${rendered.width / width}, ${rendered.height / height})`,
    `translate(${-width / 2}px, ${-height / 2}px)`,
  ].join(' ');
}
