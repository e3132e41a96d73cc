// Test wiring: a started fake exchange and a checker pointed at it through the override.
import { exchangeUrlOverrides } from '../base-url';
import { ExchangeChecker, type CheckTarget } from '../check-service';
import { createNodeHttpPort } from '../node-http-port';
import type { RecordedAccess } from '../../../../shared/exchange-check/compare';
import { FakeExchange } from './fake-exchange';
import type { TestKey } from './fake-keys';

export interface Harness {
  fake: FakeExchange;
  checker: ExchangeChecker;
  sleeps: number[];
}

export async function startHarness(
  options: { timeoutMs?: number; env?: Record<string, string> } = {},
): Promise<Harness> {
  const fake = await new FakeExchange().start();
  const sleeps: number[] = [];
  const checker = new ExchangeChecker({
    http: createNodeHttpPort({
      env: options.env ?? {},
      ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    }),
    overrides: exchangeUrlOverrides(fake.overrideEnv(), false),
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
  });
  return { fake, checker, sleeps };
}

/** The record as the fake key was made (what the user recorded), unless overridden. */
export function targetFor(key: TestKey, recorded: Partial<RecordedAccess> = {}): CheckTarget {
  return {
    credential: key.credential,
    recorded: {
      provider: key.credential.provider,
      permissions: { ...key.fake.permissions },
      extras: [...key.fake.extras],
      ipWhitelist: [...key.fake.ips],
      ...recorded,
    },
  };
}
