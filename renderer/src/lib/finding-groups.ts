// The findings screen as a to-do list: findings grouped by the key they are about (vault-wide
// ones in a group of their own), the group needing the most attention first. Pure.
import { severityRank, type Finding } from '../../../shared/findings/types';

export interface FindingGroup {
  /** null: the findings about the whole vault (audit, account key limit). */
  keyId: string | null;
  /** The key's label; undefined for the vault group or a key the list does not know. */
  label: string | undefined;
  findings: Finding[];
  /** Not accepted: what the user still has to act on. */
  open: number;
  accepted: number;
}

const NO_OPEN = Number.MAX_SAFE_INTEGER;

function worstOpen(group: FindingGroup): number {
  let worst = NO_OPEN;
  for (const f of group.findings)
    if (!f.accepted) worst = Math.min(worst, severityRank(f.severity));
  return worst;
}

/**
 * Groups in this order: worst open finding first, then more open findings, then by label (the
 * vault group before keys on a tie); a group whose findings are all accepted comes after every
 * group with an open one. Within a group, findings keep their order from `findings`.
 */
export function groupFindings(
  findings: readonly Finding[],
  labelOf: (keyId: string) => string | undefined,
): FindingGroup[] {
  const byKey = new Map<string | null, FindingGroup>();
  for (const f of findings) {
    const keyId = f.keyId ?? null;
    let group = byKey.get(keyId);
    if (!group) {
      group = {
        keyId,
        label: keyId ? labelOf(keyId) : undefined,
        findings: [],
        open: 0,
        accepted: 0,
      };
      byKey.set(keyId, group);
    }
    group.findings.push(f);
    if (f.accepted) group.accepted += 1;
    else group.open += 1;
  }
  const ranked = [...byKey.values()].map((g) => ({ g, worst: worstOpen(g) }));
  ranked.sort(
    (a, b) =>
      a.worst - b.worst ||
      b.g.open - a.g.open ||
      (a.g.keyId === null ? -1 : b.g.keyId === null ? 1 : 0) ||
      (a.g.label ?? '').localeCompare(b.g.label ?? ''),
  );
  return ranked.map((r) => r.g);
}
