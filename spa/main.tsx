import { render } from 'solid-js/web';
import { App } from './app/App';
import './app/styles.css';
import './pwa/register';
import './pwa/stale-chunks';

render(() => <App />, document.getElementById('root')!);
