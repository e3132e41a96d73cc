// Keeps a scan's hits in the vault (places only, never values), so each becomes a
// plaintext-copy finding on its key. A scan clears the stored hits it covered and did not
// find again: file hits under the paths it scanned, history hits when it read the histories,
// git hits of repositories under its paths when it read git. A place it could not read keeps
// its hits; a scan of other folders clears nothing; a cancelled scan changes nothing.
import path from 'node:path';
import type { VaultData } from '../../../shared/domain/key-record';
import { MAX_SCAN_HITS, type ScanHitRecord } from '../../../shared/domain/scan-record';
import type { ScanHit, ScanResult } from './scanner';

export interface ScanCoverage {
  roots: readonly string[];
  history: boolean;
  git: boolean;
  unreadablePaths: readonly string[];
}

const under = (p: string, root: string) => p === root || p.startsWith(root + path.sep);

function covered(hit: ScanHitRecord, c: ScanCoverage): boolean {
  if (c.unreadablePaths.some((u) => under(hit.path, u) || (hit.repo && under(hit.repo, u)))) {
    return false;
  }
  if (hit.source === 'history') return c.history;
  if (hit.source === 'git') return c.git && c.roots.some((r) => under(hit.repo ?? hit.path, r));
  return c.roots.some((r) => under(hit.path, r));
}

const placeId = (h: Omit<ScanHitRecord, 'foundAt'>) =>
  [h.keyId, h.field, h.source, h.path, h.line, h.repo ?? '', h.commit ?? '', h.blob ?? ''].join(
    '\u0000',
  );

export function toHitRecord(hit: ScanHit, foundAt: string): ScanHitRecord {
  return {
    keyId: hit.keyId,
    field: hit.field,
    source: hit.source,
    path: hit.path,
    line: hit.line,
    ...(hit.repo !== undefined && { repo: hit.repo }),
    ...(hit.commit !== undefined && { commit: hit.commit }),
    ...(hit.blob !== undefined && { blob: hit.blob }),
    foundAt,
  };
}

/** Applies a finished scan to the vault data (in place). */
export function recordScan(
  data: VaultData,
  result: Pick<ScanResult, 'hits' | 'cancelled'> & ScanCoverage,
  now: Date,
): void {
  if (result.cancelled) return;
  const foundAt = now.toISOString();
  const keyIds = new Set(data.keys.map((k) => k.id));
  const previous = new Map((data.scan?.hits ?? []).map((h) => [placeId(h), h] as const));
  const kept = [...previous.values()].filter((h) => keyIds.has(h.keyId) && !covered(h, result));
  const fresh = result.hits
    .filter((h) => keyIds.has(h.keyId))
    .map((h) => {
      const record = toHitRecord(h, foundAt);
      // A copy found again keeps the date it was first found.
      return { ...record, foundAt: previous.get(placeId(record))?.foundAt ?? foundAt };
    });
  const seen = new Set<string>();
  const hits = [...fresh, ...kept].filter((h) => {
    const id = placeId(h);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  data.scan = { hits: hits.slice(0, MAX_SCAN_HITS), lastScanAt: foundAt };
}
