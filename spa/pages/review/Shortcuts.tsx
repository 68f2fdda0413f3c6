import { For } from 'solid-js';
import { t } from '../../app/i18n';
import { setShortcutsOn, shortcuts, shortcutsOn } from './shortcuts';

/** The shortcuts, listed where everyone sees them, and the switch that turns them off. */
export function Shortcuts() {
  return (
    <section class="review-keys" aria-labelledby="review-keys">
      <h2 id="review-keys">{t('review.keys')}</h2>
      <label class="check">
        <input
          type="checkbox"
          checked={shortcutsOn()}
          onChange={event => setShortcutsOn(event.currentTarget.checked)}
        />
        {t('review.keys.enabled')}
      </label>
      <dl>
        <For each={shortcuts}>
          {shortcut => (
            <>
              <dt>
                <For each={shortcut.shown}>
                  {(key, i) => (
                    <>
                      {i() > 0 && ` ${t('review.key.or')} `}
                      <kbd>{key}</kbd>
                    </>
                  )}
                </For>
              </dt>
              <dd>{t(shortcut.label)}</dd>
            </>
          )}
        </For>
      </dl>
    </section>
  );
}
