// Made-up keys for the scan tests and the bench (shaped like real ones; never real).
import { randomBytes } from 'node:crypto';
import type { ScannableKey } from './scanner';

export function madeUpKey(n: number, over: Partial<ScannableKey> = {}): ScannableKey {
  return {
    id: `key-${n}`,
    label: `Bot ${n} - Trading`,
    apiKey: `AK${n}${randomBytes(30).toString('base64url')}`,
    secret: `SK${n}${randomBytes(30).toString('base64url')}`,
    ...over,
  };
}

/** A PEM private key of made-up bytes (the scan looks at its base64 body only). */
export function madeUpPem(): string {
  const body = randomBytes(1190).toString('base64');
  const lines = body.match(/.{1,64}/g)!.join('\n');
  return `-----BEGIN PRIVATE KEY-----\n${lines}\n-----END PRIVATE KEY-----\n`;
}
