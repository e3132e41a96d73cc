// The HTTP port on Node: undici 7's fetch with its EnvHttpProxyAgent, so HTTPS_PROXY,
// HTTP_PROXY and NO_PROXY are honoured (Node 20's built-in fetch ignores them).
import { EnvHttpProxyAgent, fetch } from 'undici';
import { HttpUnreachableError, REQUEST_TIMEOUT_MS, type HttpPort } from './http-port';

export interface NodeHttpOptions {
  /** Where HTTPS_PROXY / HTTP_PROXY / NO_PROXY are read (either case); process.env by default. */
  env?: Readonly<Record<string, string | undefined>>;
  timeoutMs?: number;
}

function envValue(env: NodeHttpOptions['env'], name: string): string | undefined {
  const value = env?.[name.toLowerCase()] ?? env?.[name];
  return value === undefined || value === '' ? undefined : value;
}

function describe(error: unknown, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) {
    const limit = timeoutMs % 1000 === 0 ? `${timeoutMs / 1000} s` : `${timeoutMs} ms`;
    return `no answer within ${limit}`;
  }
  const cause = (error as { cause?: { code?: unknown; message?: string } } | undefined)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  if (/proxy/i.test(cause?.message ?? '')) return 'the proxy (HTTPS_PROXY) refused the connection';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host name could not be resolved';
  if (code === 'ECONNREFUSED') return 'the connection was refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'the connection was cut';
  if (/CERT|TLS|SSL/i.test(code)) return 'the TLS connection failed (certificate or proxy)';
  if (code.startsWith('UND_ERR')) return `the connection failed (${code})`;
  return 'the connection failed';
}

export function createNodeHttpPort(options: NodeHttpOptions = {}): HttpPort {
  const env = options.env ?? process.env;
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const httpProxy = envValue(env, 'HTTP_PROXY');
  const httpsProxy = envValue(env, 'HTTPS_PROXY');
  const noProxy = envValue(env, 'NO_PROXY');
  // Options given explicitly (not read from process.env by undici) so the port follows the
  // environment it was made with, e.g. a test's.
  const dispatcher = new EnvHttpProxyAgent({
    // '' (not undefined): undici would fall back to process.env for an undefined option.
    httpProxy: httpProxy ?? '',
    httpsProxy: httpsProxy ?? '',
    noProxy: noProxy ?? '',
  });
  return {
    async request(request) {
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
      try {
        const response = await fetch(request.url, {
          method: request.method,
          headers: request.headers,
          dispatcher,
          signal: controller.signal,
          redirect: 'manual',
        });
        const body = await response.text();
        const headers: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          headers[name.toLowerCase()] = value;
        });
        return { status: response.status, headers, body };
      } catch (error) {
        throw new HttpUnreachableError(describe(error, timedOut, timeoutMs), { cause: error });
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
