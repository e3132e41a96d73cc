// Bybit v5: GET /v5/user/query-api with X-BAPI-API-KEY/TIMESTAMP/RECV-WINDOW/SIGN, where SIGN
// signs `timestamp + apiKey + recvWindow + queryString` (HMAC-SHA256 lowercase hex, or RSA-
// SHA256 base64). `permissions` is an object of arrays; `ips: ["*"]` means no IP bound;
// `expiredAt` is 1970-01-01 when the key does not expire.
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
import { hmacSha256Hex, rsaSha256Base64, SigningKeyError } from './signing';

export const BYBIT_KEY_PATH = '/v5/user/query-api';
export const BYBIT_TIME_PATH = '/v5/market/time';
const RECV_WINDOW = '10000';

export function bybitSignature(
  c: Pick<ExchangeCredential, 'keyType' | 'secret'>,
  payload: string,
): string {
  if (c.keyType === 'hmac') return hmacSha256Hex(c.secret, payload);
  if (c.keyType === 'rsa') return rsaSha256Base64(c.secret, payload);
  throw new SigningKeyError('Bybit keys are HMAC or RSA');
}

/** Which of the four a Bybit `Group.Item` stands for; null: it is an extra. */
export function bybitPermissionOf(group: string): 'spotMargin' | 'futures' | 'withdrawals' | null {
  const [name = '', item = ''] = group.split('.');
  if (name === 'Spot' && item === 'SpotTrade') return 'spotMargin';
  if (name === 'ContractTrade' || name === 'Derivatives' || name === 'Options') return 'futures';
  if (name === 'Wallet' && item === 'Withdraw') return 'withdrawals';
  return null;
}

function isoOrNull(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null;
  const ms = Date.parse(value);
  // The 1970 sentinel (and anything before 2000) means "no expiry".
  if (Number.isNaN(ms) || ms < Date.UTC(2000, 0, 1)) return null;
  return new Date(ms).toISOString();
}

export function bybitFacts(result: unknown): ExchangeFacts {
  const r = record(result);
  const readOnly = r.readOnly === 1 || r.readOnly === '1';
  const granted: string[] = [];
  for (const [groupName, items] of Object.entries(record(r.permissions))) {
    if (!Array.isArray(items)) continue;
    for (const item of items) if (typeof item === 'string') granted.push(`${groupName}.${item}`);
  }
  const permissions = { read: true, spotMargin: false, futures: false, withdrawals: false };
  const extras: string[] = [];
  // A read-only key (readOnly 1) can only read, whatever groups it lists.
  if (!readOnly) {
    for (const id of granted) {
      const p = bybitPermissionOf(id);
      if (p) permissions[p] = true;
      else extras.push(id);
    }
  }
  const ips = Array.isArray(r.ips)
    ? r.ips.filter((ip): ip is string => typeof ip === 'string')
    : [];
  const unbound = ips.length === 0 || (ips.length === 1 && ips[0] === '*');
  return {
    permissions,
    extras: [...new Set(extras)].sort(),
    ipRestricted: !unbound,
    ipWhitelist: unbound ? [] : ips,
    expiresAt: isoOrNull(r.expiredAt),
    createdAt: isoOrNull(r.createdAt),
  };
}

function diagnose(c: ExchangeCredential, response: HttpResponse, code: number | null): never {
  const detail = code === null ? '' : ` (Bybit error ${code})`;
  if (code === 10010) throw new DiagnosisError(diagnoses.ipNotAllowed(c));
  if (code === 10003 || code === 10005) throw new DiagnosisError(diagnoses.unknownKey(c, detail));
  if (code === 33004) throw new DiagnosisError(diagnoses.expired(c));
  if (code === 10004) throw new DiagnosisError(diagnoses.badSignature(c, detail));
  if (code === 10006 || response.status === 403) {
    throw new DiagnosisError(diagnoses.rateLimited(c, null));
  }
  if (response.status === 401) throw new DiagnosisError(diagnoses.unknownKey(c, ' (HTTP 401)'));
  if (response.status >= 500 || code === null) {
    throw new DiagnosisError(diagnoses.serverError(c, response.status));
  }
  throw new DiagnosisError(diagnoses.unknownKey(c, detail));
}

export const bybitAdapter: ExchangeAdapter = {
  check(c, ctx) {
    return runAdapter(async () => {
      const measure = (): Promise<number> =>
        measureOffset(ctx, c, BYBIT_TIME_PATH, (b) => {
          const body = record(b);
          if (typeof body.time === 'number') return body.time;
          const nano = record(body.result).timeNano;
          return typeof nano === 'string' ? Number(BigInt(nano) / 1_000_000n) : undefined;
        });
      const { response, code } = await withClock(
        ctx,
        measure,
        async (offset) => {
          const response = await send(ctx, c, () => {
            const timestamp = String(ctx.now() + offset);
            const sign = signWith(c, () =>
              bybitSignature(c, `${timestamp}${c.apiKey}${RECV_WINDOW}`),
            );
            return {
              url: `${ctx.baseUrl}${BYBIT_KEY_PATH}`,
              headers: {
                'X-BAPI-API-KEY': c.apiKey,
                'X-BAPI-TIMESTAMP': timestamp,
                'X-BAPI-RECV-WINDOW': RECV_WINDOW,
                'X-BAPI-SIGN': sign,
              },
            };
          });
          const raw = record(parseJson(response.body)).retCode;
          const code = typeof raw === 'number' ? raw : null;
          return code === 10002 ? 'clock-skew' : { response, code };
        },
        c,
      );
      if (response.status !== 200 || code !== 0) diagnose(c, response, code);
      return bybitFacts(record(parseJson(response.body)).result);
    });
  },
};
