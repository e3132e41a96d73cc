// Entry point: styles (plain CSS files, bundled: nothing is injected at run time), the
// start-up calls to core (boot.ts), then the app, mounted once the first screen's data and
// language are there. The e2e harness sets `__KEYWARD_E2E__` before load to read the stores.
import './zod-jitless';
import './styles/theme.css';
import './styles/app.css';
import './styles/keys.css';
import { startSession } from './boot';
import { mount } from './root';

document.documentElement.dataset.theme = 'system';
const bridged = typeof (window as Partial<Window>).keyward === 'object';
const ready = bridged ? startSession() : Promise.resolve();
void ready.then(() => mount(bridged));
