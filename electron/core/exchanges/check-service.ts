// Checks keys with their exchanges: runs each key's adapter and compares the answer with the
// record (shared/exchange-check). At most 4 requests at a time per host; many keys overlap.
// Invariant: a KeyCheck holds facts, an outcome and a diagnosis, never a secret.
import { outcomeForDiagnosis, type KeyCheck } from '../../../shared/domain/exchange-check';
import {
  compareWithExchange,
  outcomeOf,
  type RecordedAccess,
} from '../../../shared/exchange-check/compare';
import { ClockOffsets, type AdapterResult } from './adapter';
import { baseUrlFor, type ExchangeUrlOverrides } from './base-url';
import type { ExchangeCredential } from './credential';
import { limitPerHost, type HttpPort } from './http-port';
import { EXCHANGE_ADAPTERS } from './index';

export const MAX_REQUESTS_PER_HOST = 4;

export interface CheckTarget {
  /** null: a provider Keyward cannot ask (`other`). */
  credential: ExchangeCredential | null;
  recorded: RecordedAccess;
}

export interface ExchangeCheckerDeps {
  http: HttpPort;
  overrides: ExchangeUrlOverrides;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const OTHER_UNSUPPORTED_MESSAGE =
  "Keyward does not know how to ask this key's exchange about it; only Binance, OKX, Bybit and Coinbase keys can be checked.";

export class ExchangeChecker {
  private readonly http: HttpPort;
  private readonly clock = new ClockOffsets();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly deps: ExchangeCheckerDeps) {
    this.http = limitPerHost(deps.http, MAX_REQUESTS_PER_HOST);
    this.now = deps.now ?? Date.now;
    this.sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Asks the exchange about one key with its credential; no comparison. */
  probe(credential: ExchangeCredential, recordedIpWhitelist: boolean): Promise<AdapterResult> {
    return EXCHANGE_ADAPTERS[credential.provider].check(credential, {
      http: this.http,
      baseUrl: baseUrlFor(credential.provider, credential.host, this.deps.overrides),
      now: this.now,
      sleep: this.sleep,
      clock: this.clock,
      recordedIpWhitelist,
    });
  }

  async check(target: CheckTarget): Promise<KeyCheck> {
    const { credential, recorded } = target;
    if (credential === null) {
      return {
        checkedAt: new Date(this.now()).toISOString(),
        host: '',
        outcome: 'unsupported',
        exchange: null,
        differences: [],
        diagnosis: { code: 'unsupported', message: OTHER_UNSUPPORTED_MESSAGE },
      };
    }
    const result = await this.probe(credential, recorded.ipWhitelist.length > 0);
    const checkedAt = new Date(this.now()).toISOString();
    if (!result.ok) {
      return {
        checkedAt,
        host: credential.host,
        outcome: outcomeForDiagnosis(result.diagnosis.code),
        exchange: null,
        differences: [],
        diagnosis: result.diagnosis,
      };
    }
    const differences = compareWithExchange(recorded, result.facts);
    return {
      checkedAt,
      host: credential.host,
      outcome: outcomeOf(differences),
      exchange: result.facts,
      differences,
      diagnosis: null,
    };
  }

  /** Checks every target at once (the per-host limit spaces the requests); results in order. */
  async checkAll(
    targets: readonly CheckTarget[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<KeyCheck[]> {
    let done = 0;
    return Promise.all(
      targets.map(async (target) => {
        const result = await this.check(target);
        done += 1;
        onProgress?.(done, targets.length);
        return result;
      }),
    );
  }
}
