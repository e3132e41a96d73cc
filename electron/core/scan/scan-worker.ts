// Worker thread entry (built to scan-worker.cjs beside the CLI and main bundles): scans the
// batches of files the scan sends it. The matcher arrives once, in workerData.
import { parentPort, workerData } from 'node:worker_threads';
import { batchScanner } from './batch';
import type { SampledMatcherData } from './sampled-matcher';

const { matcher, owners } = workerData as { matcher: SampledMatcherData; owners: string[] };
const scanner = batchScanner(matcher, owners);
parentPort?.on('message', (paths: string[]) => {
  parentPort?.postMessage(scanner.scan(paths));
});
