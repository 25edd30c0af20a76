import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { markFirstScreen, markScreenMounted } from './startup';

export type ScreenProps = { params: Record<string, string>; path: string };
export type ScreenModule = { default: ComponentType<ScreenProps> };

/** Code loaded on first use and kept for the next (a screen, or the part of one that needs Dexie). */
export class Lazy<T> {
  value: T | undefined;
  private pending: Promise<T> | undefined;
  constructor(readonly load: () => Promise<T>) {}

  /** Start loading, once: a load already under way is shared; a failed one may be tried again. */
  start(): Promise<T> {
    this.pending ??= this.load().then(
      (value) => {
        this.value = value;
        return value;
      },
      (e: unknown) => {
        this.pending = undefined;
        throw e;
      },
    );
    return this.pending;
  }
}

/** `lazy`'s value, loading it when it is not there yet; `failed` when the load failed. */
export function useLoaded<T>(lazy: Lazy<T>): { loaded: T | undefined; failed: boolean } {
  // A function (a component) as the state itself: through an initialiser, not as one.
  const [loaded, setLoaded] = useState<T | undefined>(() => lazy.value);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (lazy.value !== undefined) {
      setLoaded(() => lazy.value);
      return;
    }
    let alive = true;
    lazy.start().then(
      (value) => {
        if (alive) setLoaded(() => value);
      },
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
  }, [lazy]);
  return { loaded, failed };
}

/** What shows while code loads (`failed`: its load failed): the same for a screen and a part of one. */
export function NotLoaded({ failed }: { failed: boolean }) {
  const t = useT();
  return failed ? <p role="alert">{t('app.error')}</p> : <p class="bs-muted">{t('app.loading')}</p>;
}

const screens = new Map<() => Promise<ScreenModule>, Lazy<ScreenModule>>();

/**
 * Load a screen's code when it is first shown (keeps the first load small). Each screen has its
 * own error boundary: a screen that fails shows a way back, and the header and menu keep working.
 */
function screenOf(load: () => Promise<ScreenModule>): Lazy<ScreenModule> {
  let lazy = screens.get(load);
  if (!lazy) {
    lazy = new Lazy(load);
    screens.set(load, lazy);
  }
  return lazy;
}

/**
 * Start loading a screen's code (and texts) now, before its route mounts (src/app/main.tsx: the
 * address's screen, while start-up peeks into the database and paints the frame). LazyScreen then
 * waits for the same load instead of starting it after the frame's first paint (issue 12: the
 * coordinator's overview). A failure is shown (and the load tried again) when the screen mounts.
 */
export function startScreen(load: () => Promise<ScreenModule>): void {
  screenOf(load)
    .start()
    .catch(() => undefined);
}

export function LazyScreen({ load, ...props }: ScreenProps & { load: () => Promise<ScreenModule> }) {
  const lazy = screenOf(load);
  const { loaded, failed } = useLoaded(lazy);
  const Comp = loaded?.default;
  // The first screen's own component is on screen: start-up's deferred work may begin (src/app/startup.ts).
  useEffect(() => {
    if (failed) markFirstScreen();
    else if (Comp) markScreenMounted();
  }, [Comp, failed]);
  if (failed || !Comp) return <NotLoaded failed={failed} />;
  return (
    <ErrorBoundary resetKey={props.path} onCatch={markFirstScreen}>
      <Comp {...props} />
    </ErrorBoundary>
  );
}
