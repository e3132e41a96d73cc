// Kraken has no endpoint that tells a key's permissions, IP list or expiry. Keyward does not
// guess by calling private endpoints: Kraken tracks a nonce per key, and a probe with another
// nonce scheme than the bot's can break the bot ("EAPI:Invalid nonce").
import type { ExchangeAdapter } from './adapter';

export const KRAKEN_UNSUPPORTED_MESSAGE =
  "Kraken has no endpoint that tells what a key may do, and Keyward does not probe Kraken keys: a probe could break a running bot's nonce sequence. Check the key's permissions and IP list on Kraken's API settings page.";

export const krakenAdapter: ExchangeAdapter = {
  check() {
    return Promise.resolve({
      ok: false,
      diagnosis: { code: 'unsupported', message: KRAKEN_UNSUPPORTED_MESSAGE },
    });
  },
};
