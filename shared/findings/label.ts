// Does a label name a service or a purpose? DOMAIN.md asks for labels such as
// "3Commas - Trading Bot" or "CoinTracker - Read Only". A label made only of generic words
// ("Key 1", "Binance API", "test", "my new key") tells nothing when the key has to be found
// and disabled in a hurry.
import { PROVIDERS } from '../domain/exchange';

const GENERIC_WORDS = new Set<string>([
  ...PROVIDERS,
  'key',
  'keys',
  'api',
  'apikey',
  'secret',
  'my',
  'new',
  'old',
  'the',
  'a',
  'an',
  'test',
  'testing',
  'tmp',
  'temp',
  'main',
  'default',
  'account',
  'acc',
  'exchange',
  'copy',
  'untitled',
  'unnamed',
  'hmac',
  'ed25519',
  'rsa',
  'first',
  'second',
  'another',
  'one',
  'two',
  'three',
]);

/** True when no word of the label says which service uses the key or what for. */
export function isVagueLabel(label: string): boolean {
  const words = label
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  const meaningful = words.filter((w) => w.length > 1 && !/^\d+$/.test(w) && !GENERIC_WORDS.has(w));
  return meaningful.length === 0;
}
