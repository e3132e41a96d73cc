// Imported first by page-bridge.ts, as renderer/src/zod-jitless.ts is by the renderer: zod 4
// otherwise probes `new Function` when a schema is built, which the page's strict CSP reports
// as a violation even though zod catches the error. Jitless parsing needs no eval.
import { config } from 'zod';

config({ jitless: true });
