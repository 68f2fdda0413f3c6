import { A, Route, Router, type RouteSectionProps } from '@solidjs/router';
import { ErrorBoundary, lazy, Show } from 'solid-js';
import { lang, setLang, t, unavailable } from './i18n';
import { me, signedOut } from './me';
import { PageFailed } from './PageFailed';
import { Hub } from '../pages/Hub';
import { Outbox } from '../upload/Outbox';

const Photo = lazy(() => import('../pages/photo/Photo'));
const Badge = lazy(() => import('../pages/Badge'));
const Accessibility = lazy(() => import('../pages/Accessibility'));
const EntDemo = lazy(() => import('../pages/EntDemo'));
const Legal = lazy(() => import('../pages/Legal'));
const NotFound = lazy(() => import('../pages/NotFound'));
const SignIn = lazy(() => import('../pages/SignIn'));

function Layout(props: RouteSectionProps) {
  const other = () => (lang() === 'fr' ? 'en' : 'fr');
  return (
    <>
      <a class="skip" href="#main">
        {t('app.skip')}
      </a>
      <header class="top">
        <A href="/" class="brand" end>
          {t('app.name')}
        </A>
        <nav aria-label={t('app.nav')}>
          <ul>
            <li>
              <A href="/" end>
                {t('app.nav.hub')}
              </A>
            </li>
            <li>
              <A href="/photo">{t('app.nav.photo')}</A>
            </li>
            <Show when={me()?.reviewer}>
              <li>
                <A href="/revue">{t('review.nav')}</A>
              </li>
            </Show>
          </ul>
        </nav>
        <Show
          when={me()}
          fallback={<Show when={signedOut()}>{<A href="/connexion">{t('app.me.signin')}</A>}</Show>}
        >
          {person => <span class="me">{t('app.me', { name: person().name ?? person().login })}</span>}
        </Show>
        <button
          type="button"
          class="lang"
          lang={other()}
          aria-label={t('app.lang.switchLabel')}
          onClick={() => void setLang(other())}
        >
          {t('app.lang.switch')}
        </button>
      </header>
      {/* Said in the page's language and in the one asked for, which the person may read better. */}
      <p role="status" class="hint lang-status">
        <Show when={unavailable()}>
          {asked => (
            <>
              {t('app.lang.unavailable')} <span lang={asked()}>{t('app.lang.unavailableOther')}</span>
            </>
          )}
        </Show>
      </p>
      <Outbox />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary fallback={(_, reset) => <PageFailed reset={reset} />}>{props.children}</ErrorBoundary>
      </main>
      <footer class="bottom">
        <p>{t('app.footer.privacy')}</p>
        <p>
          <A href="/accessibilite">{t('app.footer.a11y')}</A>
        </p>
        <p>
          <A href="/mentions-legales">{t('legal.title')}</A>
        </p>
      </footer>
    </>
  );
}

export function App() {
  return (
    <Router root={Layout}>
      <Route path="/" component={Hub} />
      <Route path="/photo" component={Photo} />
      <Route path="/connexion" component={SignIn} />
      <Route path="/revue" component={lazy(() => import('../pages/review/Review'))} />
      <Route path="/badge" component={Badge} />
      <Route path="/accessibilite" component={Accessibility} />
      <Route path="/ent-demo" component={EntDemo} />
      <Route path="/mentions-legales" component={Legal} />
      <Route path="*404" component={NotFound} />
    </Router>
  );
}
