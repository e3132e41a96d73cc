// The app's daily exchange check (setting "dailyExchangeCheck", off by default): while the
// vault is unlocked, at most once a day, check every active key of a checkable exchange and
// notify on drift, rejection or an expiry within 14 days. Runs on the reminder loop's passes.
// Invariant: a notification names the key by label (the vault is unlocked), never a secret.
import { EXPIRY_WARNING_DAYS } from '../../../shared/findings/exchange-rules';
import { daysUntil } from '../../../shared/findings/time';
import type { ExchangeChecker } from '../exchanges/check-service';
import { KeyCheckService, type CheckReport } from '../exchanges/key-checks';
import type { Clock, NotifierPort } from './ports';
import type { SystemNotice } from './system-text';
import type { SettingsStore } from './settings-store';
import type { VaultSession } from './vault-session';

export const DAILY_CHECK_MS = 24 * 3600_000;

export interface DailyCheckDeps {
  session: VaultSession;
  settings: SettingsStore;
  checker: () => ExchangeChecker;
  notifier: NotifierPort;
  clock: Clock;
}

/** The notification for one key's check, or null when there is nothing to say. */
export function dailyCheckNotice(
  report: CheckReport,
  now: Date,
): { title: string; body: string; notice: SystemNotice } | null {
  if (report.outcome === 'drift') {
    const fields = report.differences.map((d) => d.field);
    return {
      title: 'API key differs from its record',
      body: `The exchange says "${report.label}" differs from its record (${fields.join(', ')}). Open it to compare and accept or fix.`,
      notice: { kind: 'drift', label: report.label, fields },
    };
  }
  if (report.outcome === 'rejected') {
    const reason = report.diagnosis?.message ?? 'the exchange refused it.';
    return {
      title: 'API key rejected by the exchange',
      body: `"${report.label}" no longer works: ${reason}`,
      notice: { kind: 'rejected', label: report.label, reason },
    };
  }
  const expiresAt = report.exchange?.expiresAt;
  if (expiresAt && daysUntil(new Date(expiresAt), now) <= EXPIRY_WARNING_DAYS) {
    const date = expiresAt.slice(0, 10);
    return {
      title: 'API key expires soon',
      body: `The exchange says "${report.label}" (or its trading permission) expires on ${date}.`,
      notice: { kind: 'expiry', label: report.label, date },
    };
  }
  return null;
}

export class DailyExchangeCheck {
  private lastRunAt: number | null = null;
  private running = false;

  constructor(private readonly deps: DailyCheckDeps) {}

  /** Runs the check when it is on, unlocked and a day has passed; returns the reports. */
  async maybeRun(): Promise<CheckReport[] | null> {
    const { session, settings, clock } = this.deps;
    if (this.running || !session.isUnlocked) return null;
    if (!(await settings.get()).dailyExchangeCheck) return null;
    const now = clock();
    if (this.lastRunAt !== null && now.getTime() - this.lastRunAt < DAILY_CHECK_MS) return null;
    this.running = true;
    try {
      const reports = await new KeyCheckService(
        session.requireOpen().store,
        this.deps.checker(),
        clock,
      ).check([]);
      this.lastRunAt = now.getTime();
      for (const report of reports) {
        const notice = dailyCheckNotice(report, now);
        if (notice) this.deps.notifier.notify({ ...notice, keyId: report.keyId });
      }
      return reports;
    } finally {
      this.running = false;
    }
  }
}
