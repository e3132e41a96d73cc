// The fake exchange's signature checks, one per exchange, as each documents it.
import { createHmac, timingSafeEqual, verify } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import * as answers from './fake-answers';
import type { FakeAnswer } from './fake-answers';
import type { FakeKey } from './fake-keys';

type Lookup = (apiKey: string | undefined) => FakeKey | undefined;

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function hmac(secret: string, payload: string, encoding: 'hex' | 'base64'): string {
  return createHmac('sha256', secret).update(payload).digest(encoding);
}

/** Verifies base64 `signature` over `payload` with the key's public key (Ed25519 or RSA). */
function verifyAsymmetric(key: FakeKey, payload: string, signature: string): boolean {
  if (!key.publicKey) return false;
  const algorithm = key.keyType === 'rsa' ? 'sha256' : null;
  try {
    return verify(algorithm, Buffer.from(payload), key.publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

export function verifyBinance(
  req: IncomingMessage,
  url: string,
  now: number,
  lookup: Lookup,
): FakeAnswer {
  const key = lookup(header(req, 'x-mbx-apikey'));
  if (!key || key.provider !== 'binance' || key.ipBlocked) return answers.binance.rejected();
  const query = url.slice(url.indexOf('?') + 1);
  const at = query.lastIndexOf('&signature=');
  if (at < 0)
    return answers.binance.error(400, -1102, "Mandatory parameter 'signature' was not sent.");
  const payload = query.slice(0, at);
  const signature = query.slice(at + '&signature='.length);
  const params = new URLSearchParams(payload);
  const timestamp = Number(params.get('timestamp'));
  const recvWindow = Number(params.get('recvWindow') ?? 5000);
  // Binance: timestamp < serverTime + 1 s and serverTime - timestamp <= recvWindow.
  if (!(timestamp < now + 1000 && now - timestamp <= recvWindow))
    return answers.binance.timestamp();
  const ok =
    key.keyType === 'hmac'
      ? sameText(signature.toLowerCase(), hmac(key.secret ?? '', payload, 'hex'))
      : verifyAsymmetric(key, payload, decodeURIComponent(signature));
  if (!ok) return answers.binance.badSignature();
  return answers.binance.restrictions(key);
}

export function verifyOkx(
  req: IncomingMessage,
  path: string,
  now: number,
  lookup: Lookup,
): FakeAnswer {
  const timestamp = header(req, 'ok-access-timestamp') ?? '';
  const sent = Date.parse(timestamp);
  if (Number.isNaN(sent)) return answers.okx.error(401, '50112', 'Invalid OK-ACCESS-TIMESTAMP');
  // "The request will expire 30 seconds after the timestamp."
  if (Math.abs(now - sent) > 30_000)
    return answers.okx.error(401, '50102', 'Timestamp request expired');
  const key = lookup(header(req, 'ok-access-key'));
  if (!key || key.provider !== 'okx')
    return answers.okx.error(401, '50111', 'Invalid OK-ACCESS-KEY');
  const demo = header(req, 'x-simulated-trading') === '1';
  if (demo !== Boolean(key.demo)) {
    return answers.okx.error(401, '50101', 'APIKey does not match current environment.');
  }
  const passphrase = header(req, 'ok-access-passphrase');
  if (!passphrase) return answers.okx.error(401, '50104', 'OK-ACCESS-PASSPHRASE can not be empty');
  if (passphrase !== key.passphrase) {
    return answers.okx.error(401, '50105', 'Request header "OK-ACCESS-PASSPHRASE" incorrect.');
  }
  const expected = hmac(key.secret ?? '', `${timestamp}GET${path}`, 'base64');
  if (!sameText(header(req, 'ok-access-sign') ?? '', expected)) {
    return answers.okx.error(401, '50113', 'Invalid Sign');
  }
  if (key.ipBlocked) {
    return answers.okx.error(
      401,
      '50110',
      "Your IP 127.0.0.1 is not included in your API key's IP whitelist.",
    );
  }
  return answers.okx.config(key);
}

export function verifyBybit(
  req: IncomingMessage,
  url: string,
  now: number,
  lookup: Lookup,
): FakeAnswer {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  const timestamp = Number(header(req, 'x-bapi-timestamp'));
  const recvWindow = Number(header(req, 'x-bapi-recv-window') ?? 5000);
  const apiKey = header(req, 'x-bapi-api-key');
  const key = lookup(apiKey);
  if (!key || key.provider !== 'bybit') {
    return answers.bybit.error(
      401,
      10003,
      'API key is invalid. Check whether the key and domain are matched, there are 4 env: mainnet, testnet, mainnet-demo, testnet-demo',
      now,
    );
  }
  // server_time - recv_window <= timestamp < server_time + 1000
  if (!(now - recvWindow <= timestamp && timestamp < now + 1000)) {
    return answers.bybit.error(
      200,
      10002,
      `invalid request, please check your server timestamp or recv_window param. req_timestamp[${timestamp}],server_timestamp[${now}],recv_window[${recvWindow}]`,
      now,
    );
  }
  const payload = `${header(req, 'x-bapi-timestamp')}${apiKey}${header(req, 'x-bapi-recv-window') ?? ''}${query}`;
  const sign = header(req, 'x-bapi-sign') ?? '';
  const ok =
    key.keyType === 'hmac'
      ? sameText(sign, hmac(key.secret ?? '', payload, 'hex'))
      : verifyAsymmetric(key, payload, sign);
  if (!ok)
    return answers.bybit.error(
      200,
      10004,
      'Error sign, please check your signature generation algorithm.',
      now,
    );
  if (key.ipBlocked)
    return answers.bybit.error(
      200,
      10010,
      "Unmatched IP, please check your API key's bound IP addresses.",
      now,
    );
  if (key.expired) return answers.bybit.error(200, 33004, 'Your api key has expired.', now);
  return answers.bybit.apiInfo(key, now);
}

function decodeSegment(segment: string): Record<string, unknown> | null {
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
  } catch {
    return null;
  }
}

export function verifyCoinbase(
  req: IncomingMessage,
  path: string,
  now: number,
  lookup: Lookup,
): FakeAnswer {
  const auth = header(req, 'authorization') ?? '';
  if (!auth.startsWith('Bearer ')) return answers.coinbase.unauthorized();
  const [h = '', c = '', s = ''] = auth.slice('Bearer '.length).split('.');
  const head = decodeSegment(h);
  const claims = decodeSegment(c);
  if (!head || !claims) return answers.coinbase.unauthorized();
  const key = lookup(typeof head.kid === 'string' ? head.kid : undefined);
  if (!key || key.provider !== 'coinbase' || !key.publicKey) return answers.coinbase.unauthorized();
  const alg = key.keyType === 'ecdsa' ? 'ES256' : 'EdDSA';
  if (head.alg !== alg || typeof head.nonce !== 'string' || head.nonce === '') {
    return answers.coinbase.unauthorized();
  }
  let signed = false;
  try {
    signed = verify(
      alg === 'ES256' ? 'sha256' : null,
      Buffer.from(`${h}.${c}`),
      alg === 'ES256' ? { key: key.publicKey, dsaEncoding: 'ieee-p1363' } : key.publicKey,
      Buffer.from(s, 'base64url'),
    );
  } catch {
    signed = false;
  }
  const seconds = Math.floor(now / 1000);
  const valid =
    signed &&
    claims.iss === 'cdp' &&
    claims.sub === key.apiKey &&
    claims.uri === `GET ${key.host ?? 'api.coinbase.com'}${path}` &&
    typeof claims.nbf === 'number' &&
    typeof claims.exp === 'number' &&
    claims.nbf <= seconds + 5 &&
    claims.exp > seconds &&
    claims.exp - claims.nbf <= 120;
  if (!valid) return answers.coinbase.unauthorized();
  if (key.ipBlocked) return { status: 403, body: 'Forbidden' };
  return answers.coinbase.permissions(key);
}
