// A fake of the four exchanges' key endpoints on 127.0.0.1 (port 0), for tests and the bench.
// It verifies each signature exactly as the exchange documents it (HMAC, Ed25519, RSA, OKX's
// passphrase, Coinbase's JWT with the key's public key) and answers with the real shapes.
// Switches: unknown key (not added), bad signature (credential with another secret), IP not
// allowed / expired (per key), 429 with Retry-After, clock skew, a lying time endpoint, and
// added latency (slow answers for the timeout).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as answers from './fake-answers';
import type { FakeAnswer } from './fake-answers';
import type { FakeKey } from './fake-keys';
import { verifyBinance, verifyBybit, verifyCoinbase, verifyOkx } from './fake-verify';

export interface FakeSwitches {
  /** The exchange's clock minus the real one. */
  clockSkewMs: number;
  /** Added to what the time endpoints say only: the exchange then refuses corrected timestamps. */
  timeEndpointErrorMs: number;
  /** Every answer waits this long. */
  delayMs: number;
  /** The next `count` signed requests get 429 with this Retry-After (seconds). */
  rateLimit: { count: number; retryAfter: number } | null;
}

export interface SeenRequest {
  path: string;
  headers: IncomingMessage['headers'];
}

export class FakeExchange {
  readonly keys = new Map<string, FakeKey>();
  readonly seen: SeenRequest[] = [];
  /** Requests being answered now, and the most at once (the per-host limit's evidence). */
  inFlight = 0;
  maxInFlight = 0;
  switches: FakeSwitches = { clockSkewMs: 0, timeEndpointErrorMs: 0, delayMs: 0, rateLimit: null };
  private server: Server | null = null;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** KEYWARD_EXCHANGE_URL_* for every exchange, pointing here. */
  overrideEnv(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const name of ['BINANCE', 'OKX', 'BYBIT', 'COINBASE']) {
      env[`KEYWARD_EXCHANGE_URL_${name}`] = this.url;
    }
    return env;
  }

  add(key: FakeKey): void {
    this.keys.set(key.apiKey, key);
  }

  update(apiKey: string, patch: Partial<FakeKey>): void {
    const key = this.keys.get(apiKey);
    if (!key) throw new Error(`fake exchange: no key ${apiKey}`);
    this.keys.set(apiKey, { ...key, ...patch });
  }

  remove(apiKey: string): void {
    this.keys.delete(apiKey);
  }

  serverNow(): number {
    return Date.now() + this.switches.clockSkewMs;
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch(() => {
        res.statusCode = 500;
        res.end('fake exchange error');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    const path = url.split('?')[0] ?? '/';
    this.seen.push({ path, headers: req.headers });
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.switches.delayMs > 0) {
        await new Promise((resolve) => setTimeout(resolve, this.switches.delayMs));
      }
    } finally {
      this.inFlight -= 1;
    }
    const answer = this.answer(req, url, path);
    res.statusCode = answer.status;
    res.setHeader('content-type', answer.body.startsWith('{') ? 'application/json' : 'text/plain');
    for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
    res.end(answer.body);
  }

  private takeRateLimit(): number | null {
    const limit = this.switches.rateLimit;
    if (!limit || limit.count <= 0) return null;
    limit.count -= 1;
    return limit.retryAfter;
  }

  private answer(req: IncomingMessage, url: string, path: string): FakeAnswer {
    const now = this.serverNow();
    const told = now + this.switches.timeEndpointErrorMs;
    const lookup = (apiKey: string | undefined): FakeKey | undefined =>
      apiKey === undefined ? undefined : this.keys.get(apiKey);
    switch (path) {
      case '/api/v3/time':
        return answers.binance.time(told);
      case '/api/v5/public/time':
        return answers.okx.time(told);
      case '/v5/market/time':
        return answers.bybit.time(told);
      case '/api/v3/brokerage/time':
        return answers.coinbase.time(told);
      case '/sapi/v1/account/apiRestrictions': {
        const retry = this.takeRateLimit();
        if (retry !== null) return answers.binance.tooMany(retry);
        return verifyBinance(req, url, now, lookup);
      }
      case '/api/v5/account/config': {
        const retry = this.takeRateLimit();
        if (retry !== null) return answers.okx.tooMany(retry);
        return verifyOkx(req, path, now, lookup);
      }
      case '/v5/user/query-api': {
        const retry = this.takeRateLimit();
        if (retry !== null) return answers.bybit.tooMany(retry, now);
        return verifyBybit(req, url, now, lookup);
      }
      case '/api/v3/brokerage/key_permissions': {
        const retry = this.takeRateLimit();
        if (retry !== null) return answers.coinbase.tooMany(retry);
        return verifyCoinbase(req, path, now, lookup);
      }
      default:
        return { status: 404, body: 'Not Found' };
    }
  }
}
