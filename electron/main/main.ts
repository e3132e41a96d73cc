// Electron main process entry (bundled to out/main/main.cjs). Thin: see app-main.ts.
import { startApp, defaultAppPaths } from './app-main';

startApp(defaultAppPaths(__dirname)).catch(() => {
  console.error('keyward: the app could not start.');
  process.exit(1);
});
