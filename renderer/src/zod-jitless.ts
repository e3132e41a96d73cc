// Imported by main.tsx before any module that builds a zod schema: zod 4 otherwise probes
// `new Function` when a schema is built, which the strict CSP (no 'unsafe-eval') reports as a
// violation even though zod catches the error. Jitless parsing needs no eval. Set on the global
// config object zod adopts when it loads (zod's documented way to configure it before it is
// imported) rather than with `config()`, so the small start-up entry does not load zod.
import type { core } from 'zod';

const zodGlobal = globalThis as { __zod_globalConfig?: Partial<core.$ZodConfig> };
(zodGlobal.__zod_globalConfig ??= {}).jitless = true;
