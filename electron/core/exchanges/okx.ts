// OKX: GET /api/v5/account/config with OK-ACCESS-KEY/SIGN/TIMESTAMP/PASSPHRASE, where
// SIGN = base64(HMAC-SHA256(secret, timestamp + method + requestPath + body)); demo keys add
// `x-simulated-trading: 1`. `perm` is a CSV of read_only, trade, withdraw; `ip` a CSV or "".
import type { ExchangeFacts } from '../../../shared/domain/exchange-check';
import {
  DiagnosisError,
  diagnoses,
  measureOffset,
  parseJson,
  record,
  runAdapter,
  send,
  signWith,
  withClock,
  type ExchangeAdapter,
} from './adapter';
import type { ExchangeCredential } from './credential';
import type { HttpResponse } from './http-port';
import { hmacSha256Base64 } from './signing';

export const OKX_CONFIG_PATH = '/api/v5/account/config';
export const OKX_TIME_PATH = '/api/v5/public/time';

export function okxSignature(
  secret: string,
  timestamp: string,
  method: string,
  path: string,
): string {
  return hmacSha256Base64(secret, `${timestamp}${method}${path}`);
}

function csv(value: unknown): string[] {
  return typeof value === 'string'
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
    : [];
}

export function okxFacts(config: unknown): ExchangeFacts {
  const r = record(config);
  const perms = csv(r.perm);
  const ips = csv(r.ip);
  const trade = perms.includes('trade');
  return {
    // Every OKX key can read; `read_only` is listed when it can do nothing else.
    permissions: {
      read: perms.length > 0,
      spotMargin: trade,
      futures: trade,
      withdrawals: perms.includes('withdraw'),
    },
    extras: [],
    ipRestricted: ips.length > 0,
    ipWhitelist: ips,
    expiresAt: null,
    createdAt: null,
  };
}

const UNKNOWN_KEY = new Set(['50111', '50119', '50100', '50101', '50103']);
const BAD_SIGNATURE = new Set(['50113', '50104', '50105']);
const CLOCK = new Set(['50102', '50112']);

function diagnose(c: ExchangeCredential, response: HttpResponse, code: string | null): never {
  const detail = code === null ? '' : ` (OKX error ${code})`;
  if (code === '50110') throw new DiagnosisError(diagnoses.ipNotAllowed(c));
  if (code === '50101') {
    throw new DiagnosisError({
      code: 'unknown-key',
      message: `OKX says this API key does not match the environment (OKX error 50101): it is a ${c.environment === 'demo' ? 'live' : 'demo trading'} key, but it is recorded as ${c.environment}. Correct the key's environment here.`,
    });
  }
  if (code !== null && UNKNOWN_KEY.has(code))
    throw new DiagnosisError(diagnoses.unknownKey(c, detail));
  if (code !== null && BAD_SIGNATURE.has(code))
    throw new DiagnosisError(diagnoses.badSignature(c, detail));
  if (code === '50011') throw new DiagnosisError(diagnoses.rateLimited(c, null));
  if (response.status >= 500 || code === null)
    throw new DiagnosisError(diagnoses.serverError(c, response.status));
  throw new DiagnosisError(diagnoses.unknownKey(c, detail));
}

export const okxAdapter: ExchangeAdapter = {
  check(c, ctx) {
    return runAdapter(async () => {
      const passphrase = c.passphrase;
      if (passphrase === undefined || passphrase === '') {
        throw new DiagnosisError({
          code: 'bad-signature',
          message:
            'OKX keys need their API passphrase, and none is stored for this key. Add the passphrase set when the key was created (OKX cannot show it again; if it is lost, create a new key).',
        });
      }
      const measure = (): Promise<number> =>
        measureOffset(ctx, c, OKX_TIME_PATH, (b) => {
          const data = record(b).data;
          return Array.isArray(data) ? Number(record(data[0]).ts) : undefined;
        });
      const { response, code } = await withClock(
        ctx,
        measure,
        async (offset) => {
          const response = await send(ctx, c, () => {
            const timestamp = new Date(ctx.now() + offset).toISOString();
            const sign = signWith(c, () =>
              okxSignature(c.secret, timestamp, 'GET', OKX_CONFIG_PATH),
            );
            return {
              url: `${ctx.baseUrl}${OKX_CONFIG_PATH}`,
              headers: {
                'OK-ACCESS-KEY': c.apiKey,
                'OK-ACCESS-SIGN': sign,
                'OK-ACCESS-TIMESTAMP': timestamp,
                'OK-ACCESS-PASSPHRASE': passphrase,
                ...(c.environment === 'demo' && { 'x-simulated-trading': '1' }),
              },
            };
          });
          const raw = record(parseJson(response.body)).code;
          const code = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : null;
          return code !== null && CLOCK.has(code) ? 'clock-skew' : { response, code };
        },
        c,
      );
      if (response.status !== 200 || code !== '0') diagnose(c, response, code);
      const data = record(parseJson(response.body)).data;
      return okxFacts(Array.isArray(data) ? data[0] : undefined);
    });
  },
};
