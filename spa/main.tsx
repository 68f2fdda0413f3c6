import { render } from 'solid-js/web';
import { App } from './app/App';
import { firstLanguage } from './app/i18n';
import './app/styles.css';
import './pwa/register';
import './pwa/stale-chunks';

// An English reader's first paint waits for the English chunk (a second at most, then French shows and English
// follows): painting French and then switching would move the page under their eyes.
const briefly = new Promise(resolve => setTimeout(resolve, 1000));
void Promise.race([firstLanguage, briefly]).then(() =>
  render(() => <App />, document.getElementById('root')!),
);
