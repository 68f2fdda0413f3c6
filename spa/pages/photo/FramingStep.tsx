import { createEffect, createMemo, createSignal, For, on, onCleanup, untrack } from 'solid-js';
import type { Frame } from '../../../shared/engine';
import { lang, t } from '../../app/i18n';
import { profile } from '../../app/settings';
import { adjust, dragMove, frameTransform, outputPlacement, type Adjustment } from './framing';
import { controls } from './framing-controls';
import type { Ready } from './types';
import type { Wizard } from './wizard';

/** Width of the photo on the card mock-up, in CSS pixels (it scales with the page zoom). */
const viewWidth = 240;

/**
 * Step 3: the engine's frame on a card mock-up, adjusted with buttons, keys (anywhere in the tool) or by dragging;
 * every change can be undone. The preview moves at once; the engine renders the new frame on "Continuer".
 */
export function FramingStep(props: { wizard: Wizard; ready: Ready }) {
  const automatic = () => props.ready.frame;
  const [frame, setFrame] = createSignal<Frame>(untrack(() => props.wizard.state().frame ?? automatic()));
  const [history, setHistory] = createSignal<Frame[]>([]);
  // The automatic frame can come later (the face models arrived after the photo showed): followed until adjusted.
  createEffect(
    on(automatic, next => !history().length && !props.wizard.state().frame && setFrame(next), {
      defer: true,
    }),
  );
  const viewHeight = () => (viewWidth * profile().photo.height) / profile().photo.width;
  // Always an expression: a constant style would be compiled into the HTML template, which the CSP refuses.
  const viewSize = () => ({ width: `${viewWidth}px`, height: `${viewHeight()}px` });
  // The engine's preview when it gives one, else the original (HEIC previews need the engine's).
  const source = createMemo(() =>
    URL.createObjectURL(props.ready.preview?.blob ?? props.wizard.state().photo!),
  );
  onCleanup(() => URL.revokeObjectURL(source()));
  // A source the browser cannot show (HEIC): the engine's output, put back where it lies on the source.
  const [unshown, setUnshown] = createSignal(false);
  const picture = () => {
    const { output, source: size } = props.ready;
    const view = frameTransform(frame(), viewWidth, viewHeight());
    return unshown()
      ? {
          src: props.ready.url,
          style: {
            width: `${output.width}px`,
            height: `${output.height}px`,
            transform: `${view} ${outputPlacement(props.ready.frame, output.width, output.height)}`,
          },
        }
      : { src: source(), style: { width: `${size.width}px`, height: `${size.height}px`, transform: view } };
  };

  const apply = (change: Adjustment) => {
    setHistory(past => [...past, frame()]);
    setFrame(current => adjust(current, change));
  };
  const undo = () => {
    const past = history();
    if (!past.length) return;
    setFrame(past.at(-1)!);
    setHistory(past.slice(0, -1));
  };
  const onKey = (event: KeyboardEvent) => {
    const undoing = (event.ctrlKey || event.metaKey) && event.key === 'z';
    const control = controls.find(c => c.keys.includes(event.key));
    if (!undoing && !control) return;
    event.preventDefault();
    if (undoing) undo();
    else apply(control!.change);
  };

  let drag: { x: number; y: number; from: Frame } | undefined;
  const onPointerDown = (event: PointerEvent) => {
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    drag = { x: event.clientX, y: event.clientY, from: frame() };
  };
  const onPointerMove = (event: PointerEvent) => {
    if (!drag) return;
    setFrame(
      adjust(drag.from, dragMove(event.clientX - drag.x, event.clientY - drag.y, viewWidth, viewHeight())),
    );
  };
  const onPointerUp = () => {
    if (drag && drag.from !== frame()) setHistory(past => [...past, drag!.from]);
    drag = undefined;
  };

  const changed = () => JSON.stringify(frame()) !== JSON.stringify(props.wizard.state().frame ?? automatic());
  const next = () => (changed() ? void props.wizard.reframe(frame()) : props.wizard.go('checks'));

  return (
    <div class="framing" role="group" aria-labelledby="framing-help" onKeyDown={onKey}>
      <p id="framing-help">{t('studio.framing.intro')}</p>
      <p class="hint">{t('studio.framing.keys')}</p>
      <div class="card-mock" aria-hidden="true">
        <span class="card-school">{profile().shortName[lang()]}</span>
        <div
          class="view"
          style={viewSize()}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
        >
          <img
            src={picture().src}
            alt=""
            draggable={false}
            style={picture().style}
            onError={() => setUnshown(true)}
          />
          <svg class="oval" viewBox="0 0 100 130" aria-hidden="true">
            <ellipse cx="50" cy="58" rx="30" ry="40" />
          </svg>
        </div>
        <span class="card-lines" />
      </div>
      <div class="framing-controls">
        <For each={controls}>
          {control => (
            <button
              type="button"
              aria-label={t(control.label)}
              title={t(control.label)}
              onClick={() => apply(control.change)}
            >
              {control.text}
            </button>
          )}
        </For>
      </div>
      <p class="actions">
        <button type="button" disabled={history().length === 0} onClick={undo}>
          {t('studio.framing.undo')}
        </button>
        <button type="button" onClick={() => (setHistory(past => [...past, frame()]), setFrame(automatic()))}>
          {t('studio.framing.reset')}
        </button>
      </p>
      <p class="actions">
        <button type="button" onClick={() => props.wizard.go('source')}>
          {t('studio.back')}
        </button>
        <button type="button" class="primary" onClick={next}>
          {t('studio.next')}
        </button>
      </p>
    </div>
  );
}
