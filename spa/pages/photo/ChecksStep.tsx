import { For, Show } from 'solid-js';
import { isKey, type Key } from '../../../shared/i18n/fr';
import type { Check } from '../../../shared/engine';
import { t } from '../../app/i18n';
import type { Ready } from './types';
import type { Wizard } from './wizard';

const statusLabel: Record<Check['status'], Key> = {
  fail: 'studio.checks.fail',
  warn: 'studio.checks.warn',
  pass: 'studio.checks.pass',
  skip: 'studio.checks.skip',
};
const order: Check['status'][] = ['fail', 'warn', 'pass', 'skip'];

/** The check's message in the page's language, when the engine gave its key; as the engine wrote it otherwise. */
const messageOf = (check: Check) =>
  check.key && isKey(check.key) ? t(check.key, check.params) : check.message;

/**
 * Step 4: the report, failures first, each numbered on the photo where it applies. A blocked photo cannot go on;
 * warnings can, once read; what no check can see (head covering, age of the photo) the person confirms.
 */
export function ChecksStep(props: { wizard: Wizard; ready: Ready }) {
  const checks = () =>
    [...props.ready.checks].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  const located = () =>
    checks().filter(check => check.area && check.status !== 'pass' && check.status !== 'skip');
  const confirmed = () => props.wizard.state().confirmed;
  const blocked = () => props.ready.verdict === 'blocked';
  const canGo = () =>
    !blocked() &&
    confirmed().covering &&
    confirmed().recent &&
    (props.ready.verdict !== 'warnings' || confirmed().warnings);
  const percent = (value: number, of: number) => `${(100 * value) / of}%`;

  return (
    <>
      <p class={blocked() ? 'error' : undefined}>{t(`studio.checks.verdict.${props.ready.verdict}`)}</p>
      <figure class="checked">
        <div class="marked">
          <img
            src={props.ready.url}
            alt={t('photo.preview')}
            width={props.ready.output.width}
            height={props.ready.output.height}
          />
          <For each={located()}>
            {(check, i) => {
              const area = check.area!;
              return area === 'background' ? (
                <span class="mark background" aria-hidden="true">
                  {i() + 1}
                </span>
              ) : (
                <span
                  class="mark"
                  aria-hidden="true"
                  style={{
                    left: percent(area.x, props.ready.output.width),
                    top: percent(area.y, props.ready.output.height),
                    width: percent(area.width, props.ready.output.width),
                    height: percent(area.height, props.ready.output.height),
                  }}
                >
                  {i() + 1}
                </span>
              );
            }}
          </For>
        </div>
        <figcaption>{t('studio.checks.caption')}</figcaption>
      </figure>
      <ul class="report">
        <For each={checks()}>
          {check => (
            <li class={`check-${check.status}`}>
              <strong>
                <Show when={located().indexOf(check) >= 0}>{`${located().indexOf(check) + 1}. `}</Show>
                {t(statusLabel[check.status])}
              </strong>{' '}
              {messageOf(check)}
            </li>
          )}
        </For>
      </ul>
      <Show
        when={!blocked()}
        fallback={
          <p class="actions">
            <button type="button" class="primary" onClick={() => props.wizard.go('framing')}>
              {t('studio.checks.reframe')}
            </button>
            <button type="button" onClick={() => props.wizard.go('source')}>
              {t('studio.checks.another')}
            </button>
          </p>
        }
      >
        <fieldset>
          <legend>{t('studio.checks.confirm')}</legend>
          <Show when={props.ready.verdict === 'warnings'}>
            <Confirm
              checked={confirmed().warnings}
              label={t('studio.checks.readWarnings')}
              onChange={warnings => props.wizard.confirm({ warnings })}
            />
          </Show>
          <Confirm
            checked={confirmed().covering}
            label={t('studio.checks.covering')}
            onChange={covering => props.wizard.confirm({ covering })}
          />
          <Confirm
            checked={confirmed().recent}
            label={t('studio.checks.recent')}
            onChange={recent => props.wizard.confirm({ recent })}
          />
        </fieldset>
        <p id="checks-missing" class="hint">
          {canGo() ? '' : t('studio.checks.missing')}
        </p>
        <p class="actions">
          <button type="button" onClick={() => props.wizard.go('framing')}>
            {t('studio.back')}
          </button>
          <button
            type="button"
            class="primary"
            aria-disabled={!canGo()}
            aria-describedby="checks-missing"
            onClick={() => canGo() && props.wizard.go('send')}
          >
            {t('studio.next')}
          </button>
        </p>
      </Show>
    </>
  );
}

function Confirm(props: { checked: boolean; label: string; onChange: (checked: boolean) => void }) {
  return (
    <label class="check">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={e => props.onChange(e.currentTarget.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}
