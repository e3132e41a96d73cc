// Entry point. boot.ts comes first: evaluating it sends the start-up calls to core, which then
// overlap the evaluation of everything below. zod-jitless must precede any module that builds
// a zod schema (boot.ts's modules build none). Then the styles (plain CSS files, bundled:
// nothing is injected at run time) and the app, mounted once the first screen's data and
// language are there. The e2e harness sets `__KEYWARD_E2E__` before load to read the stores.
import { bridged, sessionReady } from './boot';
import './zod-jitless';
import './styles/theme.css';
import './styles/app.css';
import './styles/keys.css';
import { mount } from './root';

void sessionReady.then(() => mount(bridged));
