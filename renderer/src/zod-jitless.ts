// Imported first by main.tsx, before any module that builds a zod schema: zod 4 otherwise
// probes `new Function` when a schema is built, which the strict CSP (no 'unsafe-eval')
// reports as a violation even though zod catches the error. Jitless parsing needs no eval.
import { config } from 'zod';

config({ jitless: true });
