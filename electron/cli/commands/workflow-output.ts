// Shared by the workflow commands (rotate, audit-run, incident, keygen, set-api-key,
// service): open the vault, run, refresh the reminder schedule beside it, close; and print
// checklists with what is done. Never prints a secret.
import { ROTATION_STEPS } from '../../../shared/domain/key-record';
import type { AuditView, KeyDetail } from '../../../shared/ipc/views';
import { AUDIT_CHECKLIST } from '../../../shared/workflows/audit-steps';
import { LEAK_RESPONSE_CHECKLIST } from '../../../shared/workflows/leak-steps';
import { ROTATION_STEP_TEXT } from '../../../shared/workflows/rotation-steps';
import { syncScheduleFile } from '../../core/reminders/reminder-files';
import type { VaultStore } from '../../core/vault/vault-store';
import type { CliContext, PassphraseOption } from '../context';

/** Opens the vault, runs `fn`, keeps the locked-reminder schedule current, closes. */
export async function withVault<T>(
  ctx: CliContext,
  options: PassphraseOption,
  fn: (store: VaultStore) => Promise<T>,
): Promise<T> {
  const store = await ctx.openStore(options);
  try {
    const result = await fn(store);
    await syncScheduleFile(store.dir, await store.read());
    return result;
  } finally {
    store.close();
  }
}

const mark = (done: string | undefined) =>
  done ? `[x] ${done.slice(0, 16).replace('T', ' ')}` : '[ ]';

export function rotationChecklist(key: KeyDetail): string[] {
  const rotation = key.rotation;
  if (!rotation)
    return [
      `"${key.label}": no rotation in progress (status ${key.status}, last rotated ${key.lastRotatedAt.slice(0, 10)}).`,
    ];
  const lines = [
    `Rotation of "${key.label}" (${key.fingerprint}), started ${rotation.startedAt.slice(0, 10)}:`,
  ];
  ROTATION_STEPS.forEach((step, i) => {
    lines.push(`  ${i + 1}. ${mark(rotation.steps[step])} ${ROTATION_STEP_TEXT[step].title}`);
  });
  if (rotation.newFingerprint) lines.push(`  New key: ${rotation.newFingerprint}`);
  return lines;
}

export function auditChecklist(view: AuditView): string[] {
  const run = view.run;
  if (!run) return [`No audit running; last full audit: ${view.lastAuditAt ?? 'never'}.`];
  const done = new Map(run.steps.map((s) => [s.step, s.at]));
  return [
    `Audit of ${run.keyIds.length} key${run.keyIds.length === 1 ? '' : 's'}, started ${run.startedAt.slice(0, 10)}:`,
    ...AUDIT_CHECKLIST.map((s) => `  ${s.n}. ${mark(done.get(s.n))} ${s.title}`),
  ];
}

export function incidentChecklist(key: KeyDetail): string[] {
  const incident = key.incident;
  if (!incident) return [`"${key.label}": no leak response recorded (status ${key.status}).`];
  const done = new Map(incident.steps.map((s) => [s.step, s]));
  const lines = [
    `Leak response for "${key.label}" (${key.fingerprint}), status ${key.status}, started ${incident.startedAt.slice(0, 16).replace('T', ' ')}:`,
  ];
  for (const s of LEAK_RESPONSE_CHECKLIST) {
    if (s.n === 1) lines.push('  Immediately:');
    if (s.n === 6) lines.push('  Afterwards:');
    const step = done.get(s.n);
    lines.push(`  ${s.n}. ${mark(step?.at)} ${s.title}${step?.note ? ` (${step.note})` : ''}`);
  }
  if (incident.finishedAt)
    lines.push(
      `  Finished ${incident.finishedAt.slice(0, 16).replace('T', ' ')}; the key is revoked.`,
    );
  return lines;
}
