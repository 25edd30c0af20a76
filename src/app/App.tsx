import { useEffect, useRef } from 'preact/hooks';
import { KioskRoot, useKioskMode } from '../features/kiosk/mode';
import { getLang, LANGS, type Lang, setLang, useT } from '../i18n';
import { LazyScreen } from './lazy';
import { match, usePath } from './router';
import { NAV, ROUTES } from './routes';
import { StatusBar } from './StatusBar';
import { markFirstScreen } from './startup';

export function App() {
  const t = useT();
  const path = usePath();
  const mainRef = useRef<HTMLElement>(null);
  // Kiosk mode (resident on the tablet): only the kiosk, whatever the address says.
  const kiosk = useKioskMode();
  const found = ROUTES.map((r) => ({ r, params: match(r.pattern, path) })).find((x) => x.params);

  // Move focus to the new screen for keyboard and screen-reader users.
  useEffect(() => {
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [path]);

  if (kiosk === undefined) return null;
  if (kiosk) return <KioskRoot />;
  return (
    <div class="utrecht-document">
      <header class="bs-header">
        <button type="button" class="bs-skip" onClick={() => mainRef.current?.focus()}>
          {t('app.skipToContent')}
        </button>
        <div class="bs-header__bar">
          <a class="bs-brand" href="#/">
            <img src="icons/icon.svg" alt="" width="32" height="32" />
            {t('app.name')}
          </a>
          <nav class="bs-nav" aria-label={t('nav.label')}>
            {NAV.map((n) => (
              <a key={n.id} href={n.href} aria-current={found?.r.nav === n.id ? 'page' : undefined}>
                {t(n.label)}
              </a>
            ))}
          </nav>
          <div class="bs-lang" role="group" aria-label={t('lang.label')}>
            {LANGS.map((l: Lang) => (
              <button
                key={l}
                type="button"
                lang={l}
                aria-pressed={getLang() === l}
                onClick={() => setLang(l)}
              >
                {l.toUpperCase()}
                <span class="visually-hidden"> {t(`lang.${l}`)}</span>
              </button>
            ))}
          </div>
        </div>
        {/* Inside the banner landmark, so every part of the page belongs to a landmark. */}
        <StatusBar />
      </header>
      <main id="main" class="bs-main" tabIndex={-1} ref={mainRef}>
        {found ? (
          <LazyScreen key={found.r.pattern} load={found.r.load} params={found.params!} path={path} />
        ) : (
          <NotFound />
        )}
      </main>
    </div>
  );
}

/** An address without a screen: it is the first screen when the app starts there. */
function NotFound() {
  const t = useT();
  useEffect(markFirstScreen, []);
  return (
    <>
      <h1 class="utrecht-heading-1">{t('nav.notFound')}</h1>
      <a class="utrecht-link" href="#/">
        {t('nav.toHome')}
      </a>
    </>
  );
}
