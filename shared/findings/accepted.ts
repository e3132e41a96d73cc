// Accepted risks: a finding a key needs by design (an auto-transfer key must withdraw) can be
// accepted until a date with a reason. Until then it is shown as accepted, is not counted in
// the list's finding badge and does not make `keyward audit` exit 1; after it, it is an open
// finding again. Pure.
import type { AcceptedRisk, KeyRecord } from '../domain/key-record';
import type { Finding } from './types';

/** The acceptance covering `finding` at `now`, if any. */
export function acceptanceFor(
  finding: Pick<Finding, 'rule' | 'subject'>,
  risks: readonly AcceptedRisk[] | undefined,
  now: Date,
): AcceptedRisk | undefined {
  return risks?.find(
    (r) =>
      r.rule === finding.rule &&
      (r.subject === undefined || r.subject === finding.subject) &&
      Date.parse(r.until) > now.getTime(),
  );
}

/** `list` with each finding about a key that the key has accepted marked as accepted. */
export function markAccepted(
  list: Finding[],
  keys: readonly Pick<KeyRecord, 'id' | 'acceptedRisks'>[],
  now: Date,
): Finding[] {
  const byId = new Map(keys.filter((k) => k.acceptedRisks?.length).map((k) => [k.id, k]));
  if (byId.size === 0) return list;
  return list.map((f) => {
    const risks = f.keyId ? byId.get(f.keyId)?.acceptedRisks : undefined;
    const accepted = risks && acceptanceFor(f, risks, now);
    return accepted ? { ...f, accepted: { until: accepted.until, note: accepted.note } } : f;
  });
}

/** Findings that still need the user: not accepted. */
export function openFindings<F extends Pick<Finding, 'accepted'>>(list: readonly F[]): F[] {
  return list.filter((f) => !f.accepted);
}
