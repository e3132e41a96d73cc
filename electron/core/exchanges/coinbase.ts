// Coinbase Advanced Trade (CDP keys): GET /api/v3/brokerage/key_permissions with a per-request
// JWT (ES256 for EC keys, EdDSA for Ed25519; kid and sub = key name, a random nonce, 2 minutes,
// `uri` = "GET <recorded host><path>", which names the recorded host even when an override
// URL sends the request elsewhere). Answer: can_view, can_trade, can_transfer.
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
import { coinbaseJwt, SigningKeyError } from './signing';

export const COINBASE_PERMISSIONS_PATH = '/api/v3/brokerage/key_permissions';
export const COINBASE_TIME_PATH = '/api/v3/brokerage/time';

export function coinbaseFacts(body: unknown): ExchangeFacts {
  const r = record(body);
  const trade = r.can_trade === true;
  return {
    permissions: {
      read: r.can_view === true,
      spotMargin: trade,
      futures: trade,
      withdrawals: r.can_transfer === true,
    },
    extras: [],
    ipRestricted: null,
    ipWhitelist: null,
    expiresAt: null,
    createdAt: null,
  };
}

export const coinbaseAdapter: ExchangeAdapter = {
  check(c, ctx) {
    return runAdapter(async () => {
      const keyType = c.keyType;
      if (keyType !== 'ecdsa' && keyType !== 'ed25519') {
        throw new DiagnosisError(
          diagnoses.badKeyMaterial(c, 'Coinbase keys are EC (ECDSA) or Ed25519 private keys'),
        );
      }
      const measure = (): Promise<number> =>
        measureOffset(ctx, c, COINBASE_TIME_PATH, (b) => {
          const body = record(b);
          if (body.epochMillis !== undefined) return Number(body.epochMillis);
          return body.epochSeconds !== undefined ? Number(body.epochSeconds) * 1000 : undefined;
        });
      // Coinbase answers a bad JWT with a bare 401: a clock problem cannot be told apart, so
      // the offset measured first is all there is (no clock-skew retry).
      const response = await withClock(
        ctx,
        measure,
        (offset) =>
          send(ctx, c, () => {
            const jwt = signWith(c, () => {
              try {
                return coinbaseJwt({
                  keyName: c.apiKey,
                  secret: c.secret,
                  keyType,
                  uri: `GET ${c.host}${COINBASE_PERMISSIONS_PATH}`,
                  nowSeconds: Math.floor((ctx.now() + offset) / 1000),
                });
              } catch (error) {
                if (error instanceof SigningKeyError) throw error;
                throw new SigningKeyError('the stored private key could not sign');
              }
            });
            return {
              url: `${ctx.baseUrl}${COINBASE_PERMISSIONS_PATH}`,
              headers: { Authorization: `Bearer ${jwt}` },
            };
          }),
        c,
      );
      if (response.status === 401) {
        throw new DiagnosisError({
          code: 'unknown-key',
          message:
            'Coinbase refused the key (401 Unauthorized): the key name is unknown or deleted, or the private key stored here does not belong to it; Coinbase does not say which. Look for the key in the Coinbase Developer Platform; if it is there, enter its private key again, otherwise rotate or remove it here.',
        });
      }
      if (response.status === 403) throw new DiagnosisError(diagnoses.ipNotAllowed(c));
      if (response.status !== 200)
        throw new DiagnosisError(diagnoses.serverError(c, response.status));
      return coinbaseFacts(parseJson(response.body));
    });
  },
};
