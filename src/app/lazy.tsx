import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { markFirstScreen, markScreenMounted } from './startup';

export type ScreenProps = { params: Record<string, string>; path: string };
export type ScreenModule = { default: ComponentType<ScreenProps> };

const cache = new Map<() => Promise<ScreenModule>, ComponentType<ScreenProps>>();

/**
 * Load a screen's code when it is first shown (keeps the first load small). Each screen has its
 * own error boundary: a screen that fails shows a way back, and the header and menu keep working.
 */
export function LazyScreen({ load, ...props }: ScreenProps & { load: () => Promise<ScreenModule> }) {
  const t = useT();
  const [Comp, setComp] = useState<ComponentType<ScreenProps> | undefined>(() => cache.get(load));
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const known = cache.get(load);
    if (known) {
      setComp(() => known);
      return;
    }
    let alive = true;
    load().then(
      (m) => {
        cache.set(load, m.default);
        if (alive) setComp(() => m.default);
      },
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
  }, [load]);
  // The first screen's own component is on screen: start-up's deferred work may begin (src/app/startup.ts).
  useEffect(() => {
    if (failed) markFirstScreen();
    else if (Comp) markScreenMounted();
  }, [Comp, failed]);
  if (failed) return <p role="alert">{t('app.error')}</p>;
  if (!Comp) return <p class="bs-muted">{t('app.loading')}</p>;
  return (
    <ErrorBoundary resetKey={props.path}>
      <Comp {...props} />
    </ErrorBoundary>
  );
}
