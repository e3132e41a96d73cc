// A screen whose code is its own chunk, loaded the first time it is shown or earlier with
// `preload` (boot.ts preloads the unlock or first-run screen with the start-up calls; the shell
// preloads every other screen once the key list is up, so navigating stays instant). Once
// loaded, a screen renders directly on its first render. Not React.lazy + Suspense: React holds
// back a Suspense boundary's content for 300 ms after showing its fallback, which made a lazy
// unlock screen appear ~330 ms later than an eager one in the e2e harness. A failed load is
// thrown during render, so the error boundary shows its message.
import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

export interface LazyScreen<P extends object> {
  Screen: ComponentType<P>;
  preload: () => Promise<ComponentType<P>>;
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
  function Screen(props: P) {
    const [state, setState] = useState<{ component?: ComponentType<P>; error?: Error }>(() => ({
      component: loaded,
    }));
    const ready = state.component !== undefined;
    useEffect(() => {
      if (ready) return;
      let live = true;
      preload().then(
        (component) => live && setState({ component }),
        (error: unknown) =>
          live && setState({ error: error instanceof Error ? error : new Error(String(error)) }),
      );
      return () => {
        live = false;
      };
    }, [ready]);
    if (state.error) throw state.error;
    const Component = state.component;
    return Component ? <Component {...props} /> : <LoadingFallback />;
  }
  return { Screen, preload };
}

/** Shown while a screen loads: nothing for a moment (a chunk usually loads in a few ms), then
 * a line saying the screen is on its way, so a fast load never flashes a placeholder. */
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
