// Binance: GET /sapi/v1/account/apiRestrictions, signed over the query string (HMAC-SHA256
// hex; Ed25519 and RSA keys sign the same payload, base64, URL-encoded). Binance returns no
// IP list, only `ipRestrict`; `tradingAuthorityExpirationTime`, when present, is when Spot &
// Margin trading lapses.
import type { ExchangeFacts } from '../../../shared/domain/exchange-check';
import {
  DiagnosisError,
  diagnoses,
  isoFromMs,
  measureOffset,
  parseJson,
  record,
  runAdapter,
  send,
  withClock,
  type AdapterContext,
  type ExchangeAdapter,
} from './adapter';
import type { ExchangeCredential } from './credential';
import type { HttpResponse } from './http-port';
import { ed25519Base64, hmacSha256Hex, rsaSha256Base64, SigningKeyError } from './signing';

export const BINANCE_PERMISSIONS_PATH = '/sapi/v1/account/apiRestrictions';
export const BINANCE_TIME_PATH = '/api/v3/time';
const RECV_WINDOW = 10_000;

/** Binance's extra switches, by the field of its apiRestrictions answer. */
export const BINANCE_EXTRA_FIELDS: Record<string, string> = {
  enableInternalTransfer: 'internalTransfer',
  permitsUniversalTransfer: 'universalTransfer',
  enableMargin: 'margin',
  enableVanillaOptions: 'vanillaOptions',
  enablePortfolioMarginTrading: 'portfolioMargin',
  enableFixApiTrade: 'fixTrade',
  enableFixReadOnly: 'fixReadOnly',
};

/** The `signature` parameter's value for a payload (already URL-safe). */
export function binanceSignature(
  c: Pick<ExchangeCredential, 'keyType' | 'secret'>,
  payload: string,
): string {
  switch (c.keyType) {
    case 'hmac':
      return hmacSha256Hex(c.secret, payload);
    case 'ed25519':
      return encodeURIComponent(ed25519Base64(c.secret, payload));
    case 'rsa':
      return encodeURIComponent(rsaSha256Base64(c.secret, payload));
    case 'ecdsa':
      throw new SigningKeyError('Binance keys are HMAC, Ed25519 or RSA, not ECDSA');
  }
}

export function binanceFacts(body: unknown): ExchangeFacts {
  const r = record(body);
  const on = (field: string): boolean => r[field] === true;
  return {
    permissions: {
      read: on('enableReading'),
      spotMargin: on('enableSpotAndMarginTrading'),
      futures: on('enableFutures'),
      withdrawals: on('enableWithdrawals'),
    },
    extras: Object.entries(BINANCE_EXTRA_FIELDS)
      .filter(([field]) => on(field))
      .map(([, id]) => id)
      .sort(),
    ipRestricted: typeof r.ipRestrict === 'boolean' ? r.ipRestrict : null,
    ipWhitelist: null,
    expiresAt: isoFromMs(r.tradingAuthorityExpirationTime),
    createdAt: isoFromMs(r.createTime),
  };
}

function diagnose(c: ExchangeCredential, ctx: AdapterContext, response: HttpResponse): never {
  const body = record(parseJson(response.body));
  const code = typeof body.code === 'number' ? body.code : null;
  const detail = code === null ? '' : ` (Binance error ${code})`;
  if (code === -2015 && ctx.recordedIpWhitelist) {
    throw new DiagnosisError({
      code: 'ip-not-allowed',
      message:
        "Binance rejected the key (-2015). The key has an IP whitelist, so either this machine's IP address is not on it or the key was deleted: Binance does not say which. Run the check where the key is allowed, e.g. `keyward check` on the bot's server; if it fails there too, the key is gone.",
    });
  }
  if (code === -2015 || code === -2014 || code === -1002) {
    throw new DiagnosisError(diagnoses.unknownKey(c, detail));
  }
  if (code === -1022) throw new DiagnosisError(diagnoses.badSignature(c, detail));
  if (code === -1003) throw new DiagnosisError(diagnoses.rateLimited(c, null));
  if (response.status >= 500 || code === null) {
    throw new DiagnosisError(diagnoses.serverError(c, response.status));
  }
  throw new DiagnosisError(diagnoses.unknownKey(c, detail));
}

export const binanceAdapter: ExchangeAdapter = {
  check(c, ctx) {
    return runAdapter(async () => {
      const measure = (): Promise<number> =>
        measureOffset(ctx, c, BINANCE_TIME_PATH, (b) => Number(record(b).serverTime));
      const response = await withClock(
        ctx,
        measure,
        async (offset) => {
          const answer = await send(ctx, c, () => {
            const query = `timestamp=${ctx.now() + offset}&recvWindow=${RECV_WINDOW}`;
            let signature: string;
            try {
              signature = binanceSignature(c, query);
            } catch (error) {
              if (error instanceof SigningKeyError) {
                throw new DiagnosisError(diagnoses.badKeyMaterial(c, error.message));
              }
              throw error;
            }
            return {
              url: `${ctx.baseUrl}${BINANCE_PERMISSIONS_PATH}?${query}&signature=${signature}`,
              headers: { 'X-MBX-APIKEY': c.apiKey },
            };
          });
          const code = record(parseJson(answer.body)).code;
          return code === -1021 ? 'clock-skew' : answer;
        },
        c,
      );
      if (response.status !== 200) diagnose(c, ctx, response);
      return binanceFacts(parseJson(response.body));
    });
  },
};
