// `npm run bench`, exchange part: the wall time to check 30 keys against the local fake
// exchange with 50 ms added to every answer (target: under 1 s, i.e. requests overlap while
// at most 4 are open per host). Prints figures only.
import { performance } from 'node:perf_hooks';
import { exchangeUrlOverrides } from '../exchanges/base-url';
import { ExchangeChecker } from '../exchanges/check-service';
import { createNodeHttpPort } from '../exchanges/node-http-port';
import { FakeExchange } from '../exchanges/test/fake-exchange';
import { makeTestKey, type FakeProvider, type TestKey } from '../exchanges/test/fake-keys';
import { targetFor } from '../exchanges/test/harness';

const LATENCY_MS = 50;
const KEYS = 30;

async function run(label: string, keys: TestKey[], fake: FakeExchange): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    // A fresh checker each run: the exchange's clock is measured again, as in a new command.
    const checker = new ExchangeChecker({
      http: createNodeHttpPort({ env: {} }),
      overrides: exchangeUrlOverrides(fake.overrideEnv(), false),
    });
    const start = performance.now();
    const checks = await checker.checkAll(keys.map((k) => targetFor(k)));
    samples.push(performance.now() - start);
    if (checks.some((c) => c.outcome !== 'ok')) throw new Error('bench: a check was not ok');
  }
  samples.sort((a, b) => a - b);
  console.log(
    `  ${label}: median ${samples[1]!.toFixed(0)} ms (runs: ${samples.map((s) => s.toFixed(0)).join(', ')} ms; max ${fake.maxInFlight} requests open at once)`,
  );
}

async function main(): Promise<void> {
  const fake = await new FakeExchange().start();
  fake.switches.delayMs = LATENCY_MS;
  try {
    console.log(
      `Exchange checks, ${KEYS} keys, ${LATENCY_MS} ms added per request (target < 1 s):`,
    );
    const binance = Array.from({ length: KEYS }, () => makeTestKey('binance'));
    binance.forEach((k) => fake.add(k.fake));
    await run('30 Binance keys (one host, 4 at a time)', binance, fake);
    const providers: FakeProvider[] = ['binance', 'okx', 'bybit', 'coinbase'];
    const mixed = Array.from({ length: KEYS }, (_, i) => makeTestKey(providers[i % 4]!));
    mixed.forEach((k) => fake.add(k.fake));
    fake.maxInFlight = 0;
    await run('30 keys of 4 exchanges', mixed, fake);
    // The same without added latency: what the machine's CPU costs (signing, HTTP, parsing).
    fake.switches.delayMs = 0;
    fake.maxInFlight = 0;
    await run('30 Binance keys, no added latency (CPU cost only)', binance, fake);
  } finally {
    await fake.stop();
  }
}

await main();
