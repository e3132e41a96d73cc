// The monthly audit, DOMAIN.md's five steps, over all live keys or one. Steps may be ticked in
// any order, each once; finishing needs all five and sets lastAuditedAt on every reviewed key
// still in the vault (step 2 may have deleted some). A run over every live key also sets the
// vault's lastAuditAt.
import type { AuditRun, VaultData } from '../../../shared/domain/key-record';
import { AUDIT_STEP_COUNT } from '../../../shared/domain/key-record';
import { isLiveKey } from '../../../shared/findings/due-dates';
import { AUDIT_CHECKLIST } from '../../../shared/workflows/audit-steps';
import { findKey } from '../keys/key-service';
import { record, refuse } from './history';

function running(data: VaultData): AuditRun {
  if (!data.audit.run) throw refuse('No audit is running: start one first.');
  return data.audit.run;
}

function reviewedKeys(data: VaultData, run: AuditRun) {
  const ids = new Set(run.keyIds);
  return data.keys.filter((k) => ids.has(k.id));
}

export function startAudit(data: VaultData, ref: string | undefined, now: Date): AuditRun {
  if (data.audit.run) {
    throw refuse('An audit is already running: finish it (or abandon it) before starting another.');
  }
  const keys = ref === undefined ? data.keys.filter(isLiveKey) : [findKey(data, ref)];
  if (keys.length === 0) throw refuse('The vault has no active key to audit.');
  const run: AuditRun = { startedAt: now.toISOString(), keyIds: keys.map((k) => k.id), steps: [] };
  data.audit.run = run;
  for (const key of keys) record(key, now, 'audit-step', 'audit started');
  return run;
}

export function auditStep(data: VaultData, step: number, now: Date): AuditRun {
  const run = running(data);
  if (!Number.isInteger(step) || step < 1 || step > AUDIT_STEP_COUNT) {
    throw refuse(`An audit has steps 1 to ${AUDIT_STEP_COUNT}; "${step}" is none of them.`);
  }
  if (run.steps.some((s) => s.step === step)) throw refuse(`Audit step ${step} is already done.`);
  run.steps.push({ step, at: now.toISOString() });
  const text = AUDIT_CHECKLIST[step - 1]!.title;
  for (const key of reviewedKeys(data, run)) record(key, now, 'audit-step', `${step}. ${text}`);
  return run;
}

export function finishAudit(
  data: VaultData,
  now: Date,
): { run: AuditRun; auditedKeyIds: string[] } {
  const run = running(data);
  const done = new Set(run.steps.map((s) => s.step));
  const missing = AUDIT_CHECKLIST.filter((s) => !done.has(s.n));
  if (missing.length > 0) {
    throw refuse(
      `The audit is not finished: step${missing.length > 1 ? 's' : ''} ${missing.map((s) => s.n).join(', ')} still to do.`,
    );
  }
  const at = now.toISOString();
  const keys = reviewedKeys(data, run);
  for (const key of keys) {
    key.lastAuditedAt = at;
    record(key, now, 'audited', 'monthly audit finished');
  }
  const reviewed = new Set(run.keyIds);
  const coveredAll = data.keys.filter(isLiveKey).every((k) => reviewed.has(k.id));
  if (coveredAll) data.audit.lastAuditAt = at;
  data.audit.run = null;
  return { run, auditedKeyIds: keys.map((k) => k.id) };
}

/** Stops a running audit; nothing is marked audited. */
export function abandonAudit(data: VaultData, now: Date): AuditRun {
  const run = running(data);
  for (const key of reviewedKeys(data, run)) record(key, now, 'audit-step', 'audit abandoned');
  data.audit.run = null;
  return run;
}
