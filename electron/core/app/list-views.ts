// The views the key list and the findings dashboard show (key rows with their finding counts,
// all findings, services), built from one decryption of the vault and kept while the vault
// file stays the same version (its trailing checksum, changed by every save of any process)
// and the clock stays in the same minute (findings depend on the time: due, overdue, lapse).
// Without it, showing 10,000 keys decrypted and parsed the vault three times (~500 ms).
// Invariant: nothing kept here is secret. Only what these channels send to the renderer is
// kept (summaries hold no secret and the API key only masked; findings never carry one); the
// decrypted VaultData is dropped as soon as the views are built. The session drops this
// object with the vault key on lock.
import { byRotationDue, toKeySummary } from '../../../shared/domain/key-summary';
import type { VaultData } from '../../../shared/domain/key-record';
import { findings as findingsOf } from '../../../shared/findings';
import { SEVERITIES, type RuleId } from '../../../shared/findings/types';
import type { Finding, KeyListItem, KeyListPage, ServiceView } from '../../../shared/ipc/views';
import type { VaultStore } from '../vault/vault-store';
import { serviceView } from '../workflows/workflow-service';
import type { Clock } from './ports';

interface Views {
  version: string;
  minute: number;
  /** In the list's default order. Shared by every reply: read-only (IPC sends copies). */
  keys: readonly KeyListItem[];
  findings: readonly Finding[];
  /** Findings not accepted (about a key or the whole vault): the Findings tab's count. */
  openFindings: number;
  services: readonly ServiceView[];
}

export class ListViews {
  private views: Views | null = null;
  /**
   * The build in flight and the version and minute its callers saw. A caller joins it only
   * if it saw the same: the build reads the file after they all did, so its data is at least
   * as new as each of them asked for. A caller that saw another version (a save since) starts
   * its own build, never taking an answer read before its request.
   */
  private building: { version: string | null; minute: number; views: Promise<Views> } | null = null;

  constructor(
    private readonly store: VaultStore,
    private readonly clock: Clock,
  ) {}

  /** The first `limit` rows (all without a limit) and the total, in `byRotationDue` order. */
  async keys(limit?: number): Promise<KeyListPage> {
    const { keys, openFindings } = await this.current();
    return { total: keys.length, keys: keys.slice(0, limit ?? keys.length), openFindings };
  }

  /** Every finding (vault-wide ones too), or the findings of one key known to the list. */
  async findings(keyId?: string): Promise<Finding[] | null> {
    const views = await this.current();
    if (keyId === undefined) return [...views.findings];
    if (!views.keys.some((k) => k.id === keyId)) return null;
    return views.findings.filter((f) => f.keyId === keyId);
  }

  async services(): Promise<ServiceView[]> {
    return [...(await this.current()).services];
  }

  private async current(): Promise<Views> {
    const now = this.clock();
    const minute = Math.floor(now.getTime() / 60_000);
    const version = await this.store.version();
    const views = this.views;
    if (views && views.version === version && views.minute === minute) return views;
    const building = this.building;
    if (building && building.version === version && building.minute === minute) {
      return building.views;
    }
    const mine = { version, minute, views: this.build(now, minute) };
    this.building = mine;
    try {
      return await mine.views;
    } finally {
      if (this.building === mine) this.building = null;
    }
  }

  private async build(now: Date, minute: number): Promise<Views> {
    // The version of the very bytes decrypted: a save in between only causes a rebuild later.
    const { data, version } = await this.store.readVersioned();
    const views = { version, minute, ...buildViews(data, now) };
    this.views = views;
    return views;
  }
}

/** The list's views of `data` at `now`; pure. Exported for tests. */
export function buildViews(data: VaultData, now: Date): Omit<Views, 'version' | 'minute'> {
  const all = findingsOf(data, now);
  const stats = new Map<string, { count: number; worst: number; rule: RuleId }>();
  for (const f of all) {
    // An accepted finding is not one the user still has to act on.
    if (!f.keyId || f.accepted) continue;
    const rank = SEVERITIES.indexOf(f.severity);
    const s = stats.get(f.keyId);
    if (s) {
      s.count += 1;
      if (rank < s.worst) {
        s.worst = rank;
        s.rule = f.rule;
      }
    } else stats.set(f.keyId, { count: 1, worst: rank, rule: f.rule });
  }
  const keys = data.keys
    .map((record): KeyListItem => {
      const s = stats.get(record.id);
      return {
        ...toKeySummary(record, data.services),
        findingCount: s?.count ?? 0,
        worstSeverity: s ? SEVERITIES[s.worst]! : null,
        worstRule: s?.rule ?? null,
      };
    })
    .sort(byRotationDue);
  return {
    keys,
    findings: all,
    openFindings: all.filter((f) => !f.accepted).length,
    services: data.services.map((s) => serviceView(data, s.id)),
  };
}
