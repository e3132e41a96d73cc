// The first-run screen, shown once per install, is a lazy chunk: boot.ts preloads it with the
// start-up calls when there is no vault yet, app.tsx shows it. The unlock screen stays in the
// start-up bundle: lazy, it showed 10-20 ms later in the e2e harness (one more request), for
// ~2 KB gzipped saved.
import { lazyScreen } from '../lib/lazy-screen';

export const FirstRun = lazyScreen(() => import('./first-run').then((m) => m.FirstRun));
