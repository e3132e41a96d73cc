// `keyward audit [--json]`: the findings engine over the vault. Exit 1 when any finding is
// critical and not accepted (keyward accept-risk), else 0, so scripts and CI can gate on it.
import type { Command } from 'commander';
import { findings, hasCritical, toFindingJson } from '../../../shared/findings';
import type { CliContext } from '../context';
import { ExitRequest } from '../exit-request';
import { parseNow } from './reminders';
import { withVault } from './workflow-output';

/** The last day an acceptance covers (`until` is the start of the day after). */
function lastDay(until: string): string {
  return new Date(Date.parse(until) - 1).toISOString().slice(0, 10);
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('audit')
    .description(
      'check every key against the rules (exit 1 when a critical finding is not accepted)',
    )
    .option(
      '--json',
      'print a JSON array of { rule, severity, keyId, serviceId, message, fix, acceptedUntil }',
    )
    .option('--now <iso>', 'evaluate as of this date (ISO 8601) instead of now')
    .option('--passphrase-stdin', "read the vault's passphrase from stdin")
    .action(async (options: { json?: boolean; now?: string; passphraseStdin?: boolean }) => {
      const now = parseNow(options.now);
      const { list, labels } = await withVault(ctx, options, async (store) => {
        const data = await store.read();
        return {
          list: findings(data, now),
          labels: new Map(data.keys.map((k) => [k.id, k.label])),
        };
      });
      if (options.json) {
        ctx.json(list.map(toFindingJson));
      } else if (list.length === 0) {
        ctx.out('No findings: every key follows the rules.');
      } else {
        for (const f of list) {
          const who = f.keyId ? (labels.get(f.keyId) ?? f.keyId) : 'vault';
          const accepted = f.accepted ? `  ACCEPTED through ${lastDay(f.accepted.until)}` : '';
          ctx.out(`${f.severity.toUpperCase().padEnd(8)}  ${who}  [${f.rule}]${accepted}`);
          if (f.accepted) ctx.out(`          Accepted: ${f.accepted.note}`);
          ctx.out(`          ${f.message}`);
          ctx.out(`          Fix: ${f.fix}`);
        }
        const counts = ['critical', 'high', 'medium', 'low', 'info']
          .map((s) => [s, list.filter((f) => f.severity === s).length] as const)
          .filter(([, n]) => n > 0)
          .map(([s, n]) => `${n} ${s}`);
        ctx.out(`${list.length} finding${list.length === 1 ? '' : 's'}: ${counts.join(', ')}.`);
      }
      if (hasCritical(list)) throw new ExitRequest(1);
    });
}
