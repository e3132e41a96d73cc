// What every exchange adapter shares: its contract, the clock offset, one request with a
// single retry on a short Retry-After, and the diagnoses worded for the user.
// Invariant: requests carry signatures and API keys in headers; nothing here logs them, and
// a diagnosis never quotes a key, a secret or a passphrase.
import type { Diagnosis, ExchangeFacts } from '../../../shared/domain/exchange-check';
import type { ExchangeCredential } from './credential';
import { HttpUnreachableError, type HttpPort, type HttpResponse } from './http-port';

export type AdapterResult =
  { ok: true; facts: ExchangeFacts } | { ok: false; diagnosis: Diagnosis };

export interface AdapterContext {
  http: HttpPort;
  /** scheme://host[:port] requests go to (the recorded host, or its override). */
  baseUrl: string;
  /** Milliseconds since the epoch on this machine's clock. */
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  clock: ClockOffsets;
  /** Whether the record lists an IP whitelist (Binance -2015 is then ambiguous). */
  recordedIpWhitelist: boolean;
}

export interface ExchangeAdapter {
  check(credential: ExchangeCredential, ctx: AdapterContext): Promise<AdapterResult>;
}

/** A retry waits at most this long; a longer Retry-After is reported as rate-limited. */
export const MAX_RETRY_AFTER_S = 10;
/** A measured clock offset is reused for this long per base URL. */
const OFFSET_TTL_MS = 60_000;

/** The exchange's clock minus ours, measured once per base URL and reused for a minute. */
export class ClockOffsets {
  private readonly offsets = new Map<
    string,
    { offset: number; at: number; pending?: Promise<number> }
  >();

  async offset(baseUrl: string, now: number, measure: () => Promise<number>): Promise<number> {
    const known = this.offsets.get(baseUrl);
    if (known?.pending) return known.pending;
    if (known && now - known.at < OFFSET_TTL_MS) return known.offset;
    const pending = measure();
    this.offsets.set(baseUrl, { offset: known?.offset ?? 0, at: 0, pending });
    try {
      const offset = await pending;
      this.offsets.set(baseUrl, { offset, at: now });
      return offset;
    } catch (error) {
      this.offsets.delete(baseUrl);
      throw error;
    }
  }

  forget(baseUrl: string): void {
    this.offsets.delete(baseUrl);
  }
}

/** A diagnosis ends the check: adapters throw it from deep inside and `runAdapter` returns it. */
export class DiagnosisError extends Error {
  constructor(readonly diagnosis: Diagnosis) {
    super(diagnosis.message);
    this.name = 'DiagnosisError';
  }
}

export const EXCHANGE_NAMES: Record<ExchangeCredential['provider'], string> = {
  binance: 'Binance',
  okx: 'OKX',
  bybit: 'Bybit',
  coinbase: 'Coinbase',
  kraken: 'Kraken',
};

function retryAfterSeconds(response: HttpResponse): number | null {
  const value = response.headers['retry-after'];
  if (value === undefined) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, (date - Date.now()) / 1000);
}

export const diagnoses = {
  unknownKey(c: ExchangeCredential, detail = ''): Diagnosis {
    return {
      code: 'unknown-key',
      message: `${EXCHANGE_NAMES[c.provider]} does not know this API key${detail}: it was deleted, or it belongs to another host or environment than the recorded ${c.host} (${c.environment}). Look for the key in the exchange's API management page; if it is gone, rotate or remove it here.`,
    };
  },
  expired(c: ExchangeCredential): Diagnosis {
    return {
      code: 'unknown-key',
      message: `${EXCHANGE_NAMES[c.provider]} says this API key has expired. Create a new key (rotate it here) and, to keep it from expiring, bind it to your server's IP address.`,
    };
  },
  badSignature(c: ExchangeCredential, detail = ''): Diagnosis {
    const what =
      c.provider === 'okx'
        ? 'secret or API passphrase'
        : c.keyType === 'hmac'
          ? 'secret'
          : 'private key';
    return {
      code: 'bad-signature',
      message: `${EXCHANGE_NAMES[c.provider]} knows the API key but rejected the signature${detail}: the ${what} stored here does not belong to this key. Enter the right ${what} (or rotate the key).`,
    };
  },
  ipNotAllowed(c: ExchangeCredential): Diagnosis {
    return {
      code: 'ip-not-allowed',
      message: `${EXCHANGE_NAMES[c.provider]} refused this machine's IP address: it is not on the key's IP whitelist. Run the check where the key is allowed, e.g. \`keyward check\` on the bot's server, or add this IP at the exchange.`,
    };
  },
  rateLimited(c: ExchangeCredential, retryAfter: number | null): Diagnosis {
    const wait = retryAfter === null ? '' : ` and asks to wait ${Math.ceil(retryAfter)} s`;
    return {
      code: 'rate-limited',
      message: `${EXCHANGE_NAMES[c.provider]} is rate-limiting requests from this IP address${wait}. Try the check again later (a bot using the same IP may be using up the limit).`,
    };
  },
  unreachable(c: ExchangeCredential, reason: string): Diagnosis {
    return {
      code: 'unreachable',
      message: `Could not get an answer from ${c.host}: ${reason}. Check the network connection, the proxy (HTTPS_PROXY) or firewall, then try again.`,
    };
  },
  clockSkew(c: ExchangeCredential): Diagnosis {
    return {
      code: 'clock-skew',
      message: `${EXCHANGE_NAMES[c.provider]} refused the request's timestamp even after Keyward corrected for the exchange's clock. Synchronise this machine's clock (NTP) and try again.`,
    };
  },
  serverError(c: ExchangeCredential, status: number): Diagnosis {
    return {
      code: 'unreachable',
      message: `${c.host} answered with an error (HTTP ${status}) instead of the key's details; the exchange may be in maintenance. Try again later.`,
    };
  },
  badKeyMaterial(c: ExchangeCredential, reason: string): Diagnosis {
    return {
      code: 'bad-signature',
      message: `Keyward could not sign a request for ${EXCHANGE_NAMES[c.provider]}: ${reason}. Enter the key's ${c.keyType === 'hmac' ? 'secret' : 'private key'} again.`,
    };
  },
};

/**
 * One request; on HTTP 429/418 with Retry-After of at most 10 s, waits and tries once more.
 * A missing answer becomes an `unreachable` diagnosis.
 */
export async function send(
  ctx: AdapterContext,
  c: ExchangeCredential,
  build: () => { url: string; headers: Record<string, string> },
): Promise<HttpResponse> {
  for (let attempt = 0; ; attempt++) {
    const { url, headers } = build();
    let response: HttpResponse;
    try {
      response = await ctx.http.request({ method: 'GET', url, headers });
    } catch (error) {
      if (error instanceof HttpUnreachableError) {
        throw new DiagnosisError(diagnoses.unreachable(c, error.reason));
      }
      throw error;
    }
    if (response.status !== 429 && response.status !== 418) return response;
    const retryAfter = retryAfterSeconds(response);
    if (attempt === 0 && retryAfter !== null && retryAfter <= MAX_RETRY_AFTER_S) {
      await ctx.sleep(retryAfter * 1000);
      continue;
    }
    throw new DiagnosisError(diagnoses.rateLimited(c, retryAfter));
  }
}

export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** Measures the offset from an endpoint answering the exchange's time in ms. */
export async function measureOffset(
  ctx: AdapterContext,
  c: ExchangeCredential,
  path: string,
  serverMs: (body: unknown) => number | undefined,
): Promise<number> {
  return ctx.clock.offset(ctx.baseUrl, ctx.now(), async () => {
    const before = ctx.now();
    const response = await send(ctx, c, () => ({ url: `${ctx.baseUrl}${path}`, headers: {} }));
    const after = ctx.now();
    const server = response.status === 200 ? serverMs(parseJson(response.body)) : undefined;
    // No usable time: sign with our own clock; a skew then shows as clock-skew.
    if (server === undefined || !Number.isFinite(server)) return 0;
    return Math.round(server - (before + after) / 2);
  });
}

/**
 * Runs a signed request with the exchange's clock; when the answer is a timestamp error, the
 * offset is measured afresh and the request tried once more before reporting clock-skew.
 */
export async function withClock<T>(
  ctx: AdapterContext,
  measure: () => Promise<number>,
  attempt: (offset: number) => Promise<T | 'clock-skew'>,
  c: ExchangeCredential,
): Promise<T> {
  const first = await attempt(await measure());
  if (first !== 'clock-skew') return first;
  ctx.clock.forget(ctx.baseUrl);
  const second = await attempt(await measure());
  if (second !== 'clock-skew') return second;
  throw new DiagnosisError(diagnoses.clockSkew(c));
}

export async function runAdapter(run: () => Promise<ExchangeFacts>): Promise<AdapterResult> {
  try {
    return { ok: true, facts: await run() };
  } catch (error) {
    if (error instanceof DiagnosisError) return { ok: false, diagnosis: error.diagnosis };
    throw error;
  }
}

export function isoFromMs(ms: unknown): string | null {
  const n = typeof ms === 'string' ? Number(ms) : ms;
  if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) return null;
  return new Date(n).toISOString();
}

export function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** Runs a signing function; an unreadable key becomes a diagnosis, not a crash. */
export function signWith<T>(c: ExchangeCredential, sign: () => T): T {
  try {
    return sign();
  } catch (error) {
    if (error instanceof Error && error.name === 'SigningKeyError') {
      throw new DiagnosisError(diagnoses.badKeyMaterial(c, error.message));
    }
    throw error;
  }
}
