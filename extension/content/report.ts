import type { Check, Verdict } from '../../shared/engine';
import { formatBytes, translate, type Key, type Lang, type Params } from '../../shared/i18n';
import reportCss from './report.css?inline';

export type ReportState =
  | { kind: 'working' }
  | { kind: 'done'; verdict: Verdict; checks: Check[]; before: number; after: number; usingOriginal: boolean }
  | { kind: 'failed'; message: string };

/**
 * The inline report under the ENT's file input, in a shadow root so neither page styles the other. The summary is a
 * polite live region (read once when it changes); each check says its status in words, not by colour alone.
 */
export function makeReport(input: HTMLInputElement, lang: Lang, onToggle: () => void) {
  const t = (key: Key, params?: Params) => translate(lang, key, params);
  const host = document.createElement('div');
  host.dataset.trombineReport = '';
  const root = host.attachShadow({ mode: 'open' });
  // Built node by node rather than from markup: nothing on the ENT page is ever parsed as HTML by us.
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '') =>
    Object.assign(document.createElement(tag), className ? { className } : {});
  const style = make('style');
  style.textContent = reportCss;
  const section = make('section');
  section.lang = lang;
  const [title, summary, list, button] = [
    make('p', 'title'),
    make('p', 'summary'),
    make('ul'),
    make('button'),
  ];
  summary.setAttribute('role', 'status');
  summary.setAttribute('aria-live', 'polite');
  button.type = 'button';
  button.hidden = true;
  section.append(title, summary, list, button);
  root.append(style, section);
  input.insertAdjacentElement('afterend', host);
  title.textContent = t('ext.report.title');
  button.addEventListener('click', onToggle);

  return (state: ReportState) => {
    list.replaceChildren();
    button.hidden = state.kind !== 'done';
    if (state.kind === 'working') summary.textContent = t('ext.report.working');
    if (state.kind === 'failed') summary.textContent = t('ext.report.failed', { message: state.message });
    if (state.kind !== 'done') return;
    const sizes = { before: formatBytes(lang, state.before), after: formatBytes(lang, state.after) };
    summary.textContent = state.usingOriginal
      ? t('ext.report.original', sizes)
      : `${t(`ext.report.verdict.${state.verdict}`)} ${t('ext.report.replaced', sizes)}`;
    for (const check of state.checks) {
      const item = document.createElement('li');
      item.className = check.status;
      const status = document.createElement('strong');
      status.textContent = t(`ext.report.status.${check.status}`);
      item.append(status, ` ${check.message}`);
      list.append(item);
    }
    button.textContent = t(state.usingOriginal ? 'ext.report.use-compliant' : 'ext.report.keep-original');
  };
}
