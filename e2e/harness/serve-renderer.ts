// Serves the built renderer (out/renderer) on a fake origin through page.route: no web server,
// like the app:// protocol of the real shell. Unknown paths are 404; nothing else is fetched.
import type { BrowserContext } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const APP_ORIGIN = 'http://keyward.test';
export const RENDERER_DIR = path.resolve('out/renderer');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export async function serveRenderer(context: BrowserContext): Promise<void> {
  await context.route(`${APP_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = path.resolve(RENDERER_DIR, rel);
    if (!file.startsWith(RENDERER_DIR + path.sep)) return route.fulfill({ status: 404 });
    try {
      await route.fulfill({
        body: await readFile(file),
        contentType: TYPES[path.extname(file)] ?? 'application/octet-stream',
      });
    } catch {
      await route.fulfill({ status: 404 });
    }
  });
  // Anything outside the app's origin is refused, as the shell's CSP and handlers would.
  await context.route(
    (url) => !url.href.startsWith(APP_ORIGIN),
    (route) => route.abort(),
  );
}
