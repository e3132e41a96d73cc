// Serves the built renderer (out/renderer) on app://keyward/, so the UI never runs from
// file:// or a web server. Invariants: only files under the renderer folder are served
// (no traversal, no symlink escape), every response carries the CSP, unknown paths are 404.
import { protocol } from 'electron';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME, SECURITY_HEADERS } from './security-policy';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Must run before app 'ready': app:// behaves like https (standard, secure origin). V8 keeps
 * compiled code of its scripts (the app's own code, never data) so later starts skip
 * compiling the bundle.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: false,
        corsEnabled: false,
        codeCache: true,
      },
    },
  ]);
}

type Body = ConstructorParameters<typeof Response>[0];

function respond(status: number, body: Body, type = 'text/plain; charset=utf-8') {
  return new Response(body, { status, headers: { 'Content-Type': type, ...SECURITY_HEADERS } });
}

/** Answers one request for the renderer's files under `root`. */
export async function serveRenderer(request: Request, root: string): Promise<Response> {
  if (request.method !== 'GET') return respond(405, 'Method not allowed');
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return respond(400, 'Bad request');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return respond(404, 'Not found');
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return respond(400, 'Bad request');
  }
  if (relative === '/' || relative === '') relative = '/index.html';
  if (relative.includes('\0')) return respond(400, 'Bad request');
  const rootReal = await realpath(root).catch(() => path.resolve(root));
  const file = path.resolve(rootReal, `.${path.posix.normalize(relative)}`);
  if (!file.startsWith(rootReal + path.sep)) return respond(404, 'Not found');
  try {
    const real = await realpath(file);
    if (!real.startsWith(rootReal + path.sep)) return respond(404, 'Not found');
    const body = await readFile(real);
    const type = MIME[path.extname(real).toLowerCase()] ?? 'application/octet-stream';
    return respond(200, new Uint8Array(body), type);
  } catch {
    return respond(404, 'Not found');
  }
}

/** The prompt page's folder is served under this path (passphrase-prompt.ts). */
export const PROMPT_PATH = '/prompt/';

/**
 * Answers app:// requests: `/prompt/…` from the passphrase prompt's folder, everything else
 * from the renderer's. Same checks for both (no traversal, CSP on every response).
 */
export function serveApp(request: Request, roots: { renderer: string; prompt: string }) {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return serveRenderer(request, roots.renderer);
  }
  if (!url.pathname.startsWith(PROMPT_PATH)) return serveRenderer(request, roots.renderer);
  url.pathname = url.pathname.slice(PROMPT_PATH.length - 1);
  return serveRenderer(new Request(url, { method: request.method }), roots.prompt);
}

/** After 'ready': route app:// to the renderer folder (and the prompt's). */
export function handleAppProtocol(root: string, promptRoot: string): void {
  protocol.handle(APP_SCHEME, (request) =>
    serveApp(request, { renderer: root, prompt: promptRoot }),
  );
}
