// The only way core reaches the network: an injected port, so the CLI and tests use Node's
// fetch (through undici's proxy-aware agent) and the app may use Electron's.
// Invariant: callers build requests only for checks the user started or switched on, and only
// to the key's own exchange host (or its override, see base-url.ts).

export interface HttpRequest {
  method: 'GET';
  url: string;
  /** May carry signatures and the API key: never log a request's headers. */
  headers: Record<string, string>;
}

export interface HttpResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

export interface HttpPort {
  /** Resolves with any HTTP answer; rejects with HttpUnreachableError when none came. */
  request(request: HttpRequest): Promise<HttpResponse>;
}

/** No HTTP answer: DNS, TLS, a refused connection, a proxy failure, or the timeout. */
export class HttpUnreachableError extends Error {
  constructor(
    /** A short reason a user can read, e.g. "no answer within 10 s". */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
    this.name = 'HttpUnreachableError';
  }
}

/** Every request gives up after this long (issue 11: unreachable after 10 s). */
export const REQUEST_TIMEOUT_MS = 10_000;

/**
 * At most `limit` requests at a time to one host (scheme://host:port); further ones wait in
 * order. Exchanges rate-limit per IP, and a "check all" must not burst.
 */
export function limitPerHost(port: HttpPort, limit = 4): HttpPort {
  const queues = new Map<string, { active: number; waiting: (() => void)[] }>();
  return {
    async request(request) {
      const origin = new URL(request.url).origin;
      let queue = queues.get(origin);
      if (!queue) {
        queue = { active: 0, waiting: [] };
        queues.set(origin, queue);
      }
      const q = queue;
      if (q.active >= limit) await new Promise<void>((resolve) => q.waiting.push(resolve));
      else q.active += 1;
      try {
        return await port.request(request);
      } finally {
        const next = q.waiting.shift();
        if (next) next();
        else q.active -= 1;
      }
    },
  };
}
