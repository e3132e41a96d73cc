// Entry point, kept small so it runs at once: boot.ts sends the start-up calls to core, then
// the app (root.tsx, its own chunk, which index.html preloads so it downloads and compiles
// alongside this one) is mounted once the first screen's data and language are there. The
// styles are plain CSS files, bundled (nothing is injected at run time). zod-jitless must
// precede any module that builds a zod schema (only the lazy screens' imports do). The e2e
// harness sets `__KEYWARD_E2E__` before load to read the stores.
import { bridged, sessionReady } from './boot';
import './zod-jitless';
import './styles/theme.css';
import './styles/app.css';
import './styles/keys.css';
import './styles/quick-search.css';
import './styles/vault-settings.css';
import './styles/todo.css';
import './styles/words.css';

void Promise.all([import('./root'), sessionReady]).then(([root]) => root.mount(bridged));
