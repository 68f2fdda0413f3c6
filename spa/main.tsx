import { render } from 'solid-js/web';
import { App } from './app/App';
import './app/styles.css';
import './pwa/register';

render(() => <App />, document.getElementById('root')!);
