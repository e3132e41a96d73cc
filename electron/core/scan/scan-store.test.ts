// Stored hits: a scan covering a place clears the copies it no longer finds there; a scan of
// other places, a cancelled scan, or a place that could not be read clears nothing.
import { describe, expect, it } from 'vitest';
import { makeKey, makeVault } from '../../../shared/findings/test-fixtures';
import { recordScan, type ScanCoverage } from './scan-store';
import type { ScanHit } from './scanner';

const now = new Date('2026-03-01T00:00:00.000Z');
const key = makeKey({ id: 'k1' });
const hit = (over: Partial<ScanHit>): ScanHit => ({
  path: '/home/u/bot/.env',
  line: 2,
  keyId: 'k1',
  label: key.label,
  field: 'secret',
  source: 'file',
  ...over,
});
const cover = (over: Partial<ScanCoverage & { cancelled: boolean }> = {}) => ({
  roots: ['/home/u/bot'],
  history: false,
  git: false,
  unreadablePaths: [],
  cancelled: false,
  ...over,
});

describe('recordScan', () => {
  it('keeps places, never values, and clears only what it covered', () => {
    const data = makeVault([key]);
    recordScan(
      data,
      {
        ...cover({ roots: ['/home/u'], history: true, git: true }),
        hits: [
          hit({}),
          hit({ path: '/home/u/.bash_history', source: 'history', field: 'apiKey' }),
          hit({
            path: '/home/u/r/a.json',
            source: 'git',
            repo: '/home/u/r',
            commit: 'c'.repeat(40),
          }),
          hit({ keyId: 'gone' }),
        ],
      },
      now,
    );
    expect(data.scan!.hits.map((h) => `${h.source}:${h.path}`)).toEqual([
      'file:/home/u/bot/.env',
      'history:/home/u/.bash_history',
      'git:/home/u/r/a.json',
    ]);
    expect(JSON.stringify(data.scan)).not.toContain(key.secret);

    // Other folders: nothing cleared. Cancelled: nothing changed.
    recordScan(data, { ...cover({ roots: ['/srv'] }), hits: [] }, now);
    recordScan(data, { ...cover({ cancelled: true, roots: ['/home/u'] }), hits: [] }, now);
    expect(data.scan!.hits).toHaveLength(3);

    // The bot folder again, the file unreadable this time: kept.
    recordScan(data, { ...cover({ unreadablePaths: ['/home/u/bot/.env'] }), hits: [] }, now);
    expect(data.scan!.hits).toHaveLength(3);

    // The bot folder, readable and clean: its file hit goes; history and git stay (not read).
    recordScan(data, { ...cover(), hits: [] }, now);
    expect(data.scan!.hits.map((h) => h.source)).toEqual(['history', 'git']);

    // Home with histories but without --git: the history hit goes, the git hit stays.
    recordScan(data, { ...cover({ roots: ['/home/u'], history: true }), hits: [] }, now);
    expect(data.scan!.hits.map((h) => h.source)).toEqual(['git']);
  });
});
