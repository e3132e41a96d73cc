import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const APP_MODULE = fileURLToPath(new URL('./src/root.tsx', import.meta.url));

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** The modules root.tsx needs before it can run: itself and its static imports, recursively. */
let appModules: Set<string> | undefined;
function isAppModule(id: string, graph: ModuleGraph): boolean {
  if (!appModules) {
    appModules = new Set();
    const visit = (moduleId: string) => {
      if (appModules!.has(moduleId)) return;
      appModules!.add(moduleId);
      graph.getModuleInfo(moduleId)?.importedIds.forEach(visit);
    };
    visit(APP_MODULE);
  }
  return appModules.has(id);
}

/**
 * index.html gets a <link rel="modulepreload"> for the app chunk (and any chunk it imports), so
 * it downloads and compiles alongside the small entry instead of after it runs.
 */
function preloadAppChunk(): Plugin {
  return {
    name: 'keyward-preload-app-chunk',
    apply: 'build',
    buildStart() {
      appModules = undefined; // a new graph
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const app = chunks.find((c) => c.moduleIds.includes(APP_MODULE));
        if (!app)
          throw new Error('No chunk for root.tsx: check main.tsx imports it with import().');
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (fileName === ctx.chunk?.fileName || files.has(fileName)) return;
          files.add(fileName);
          chunks.find((c) => c.fileName === fileName)?.imports.forEach(visit);
        };
        visit(app.fileName);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

// The renderer is served from the app:// protocol, so asset paths are relative.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react(), preloadAppChunk()],
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    // Chromium supports <link rel="modulepreload">; the polyfill would only add bytes (and
    // falls back to fetch(), which the CSP forbids).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      treeshake: {
        // The renderer never parses with zod: shared/domain builds its schemas at module
        // level, next to the constants the screens import. Marking `z.…(…)` pure lets an
        // unused schema drop out of the bundle.
        manualPureFunctions: ['z'],
      },
      output: {
        codeSplitting: {
          // Start-up is two scripts: the small entry (boot.ts and what it needs), which sends
          // the first calls to core at once, and the app chunk (everything root.tsx needs),
          // preloaded. Rolldown would otherwise split out what these share with the lazy
          // screens into more start-up requests, and each costs a round trip (the app://
          // handler, the e2e harness's route). Modules only lazy screens use are split
          // automatically.
          groups: [
            { name: 'index', tags: ['$initial'], priority: 2 },
            {
              name: (id, ctx) => (isAppModule(id, ctx) ? 'app' : null),
              debugName: 'app',
              priority: 1,
            },
          ],
        },
      },
    },
  },
});
