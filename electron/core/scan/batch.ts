// One batch of files scanned on one thread: what a worker does per message, and what the
// calling thread does itself when no worker file exists.
import { newScanBuffer, scanFile } from './scan-file';
import { sampledMatcher, type SampledMatcher, type SampledMatcherData } from './sampled-matcher';

export interface BatchHit {
  path: string;
  patternId: number;
  line: number;
}

export interface BatchResult {
  files: number;
  bytes: number;
  binarySkipped: number;
  unreadable: string[];
  hits: BatchHit[];
}

export interface BatchScanner {
  scan(paths: readonly string[]): BatchResult;
}

/** `owners[i]` names pattern i's key and field, so two forms of one value count once a line. */
export function batchScanner(data: SampledMatcherData, owners: readonly string[]): BatchScanner {
  const m: SampledMatcher = sampledMatcher(data);
  const buffer = newScanBuffer(m);
  const owner = (id: number) => owners[id]!;
  return {
    scan(paths) {
      const result: BatchResult = {
        files: 0,
        bytes: 0,
        binarySkipped: 0,
        unreadable: [],
        hits: [],
      };
      for (const path of paths) {
        const outcome = scanFile(m, path, buffer, owner);
        if (outcome.kind === 'unreadable') {
          result.unreadable.push(path);
          continue;
        }
        result.files += 1;
        result.bytes += outcome.bytes;
        if (outcome.kind === 'binary-skipped') {
          result.binarySkipped += 1;
          continue;
        }
        for (const hit of outcome.hits) result.hits.push({ path, ...hit });
      }
      return result;
    },
  };
}
