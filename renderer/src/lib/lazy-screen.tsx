// A screen whose code is its own chunk, loaded the first time it is shown or earlier with
// `preload` (the shell preloads every screen once the key list is up, so navigating stays
// instant). Once loaded, the screen renders directly: it never suspends again, so there is no
// fallback frame. Invariant: a mounted screen keeps the component it mounted with (switching
// from the lazy wrapper to the loaded component would remount it and lose its state).
import { lazy, useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

export interface LazyScreen<P extends object> {
  Screen: ComponentType<P>;
  preload: () => Promise<unknown>;
}

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = (): Promise<ComponentType<P>> => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined; // a failed load is tried again next time
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Screen(props: P) {
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return { Screen, preload };
}

/** Suspense fallback: nothing for a moment (a chunk usually loads in a few ms), then a line
 * saying the screen is on its way, so a fast load never flashes a placeholder. */
export function LoadingFallback() {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setShown(true), 400);
    return () => window.clearTimeout(timer);
  }, []);
  return shown ? <p className="muted">{t('app.loading')}</p> : null;
}

/** Runs `work` when the page is idle (or after `timeoutMs` at the latest). */
export function whenIdle(work: () => void, timeoutMs = 2000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(work, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }
  const timer = window.setTimeout(work, 50);
  return () => window.clearTimeout(timer);
}
