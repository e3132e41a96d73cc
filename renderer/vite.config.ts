import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The renderer is served from the app:// protocol, so asset paths are relative.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      treeshake: {
        // The renderer never parses with zod: shared/domain builds its schemas at module
        // level, next to the constants the screens import. Marking `z.…(…)` pure lets an
        // unused schema drop out of the bundle.
        manualPureFunctions: ['z'],
      },
      output: {
        codeSplitting: {
          // Everything the first screen needs stays in the entry chunk (rolldown would
          // otherwise split out what the lazy screens share with it): each request costs a
          // round trip (the app:// handler, the e2e harness's route), so start-up fetches one
          // script and the CSS. Modules only the lazy screens use are split automatically.
          groups: [{ name: 'app', tags: ['$initial'] }],
        },
      },
    },
  },
});
