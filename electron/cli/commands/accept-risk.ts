// `keyward accept-risk <key> <rule> --until DAY --note TEXT [--subject S]` and `--withdraw`:
// a finding the key needs by design is accepted through a day, with a reason kept in the
// key's history; until then `keyward audit` shows it as accepted and does not exit 1 for it.
import type { Command } from 'commander';
import { RiskService } from '../../core/keys/risk-service';
import type { CliContext } from '../context';
import { withVault } from './workflow-output';

interface Options {
  until?: string;
  note?: string;
  subject?: string;
  withdraw?: boolean;
  passphraseStdin?: boolean;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('accept-risk')
    .description('accept a finding of a key until a day, with a reason (or --withdraw that)')
    .argument('<label|id>', 'the key')
    .argument(
      '<rule>',
      "the finding's rule, as 'keyward audit' prints it (e.g. withdrawals-enabled)",
    )
    .option('--until <YYYY-MM-DD>', 'accepted through this day (at most a year ahead)')
    .option('--note <text>', 'why the key needs it (kept in its history)')
    .option('--subject <id>', 'only this subject of the rule (e.g. the permission futures)')
    .option('--withdraw', 'withdraw the acceptance: the finding is open again')
    .option('--passphrase-stdin', "read the vault's passphrase from stdin")
    .action(async (ref: string, rule: string, options: Options) => {
      await withVault(ctx, options, async (store) => {
        const risks = new RiskService(store);
        if (options.withdraw) {
          const { label } = await risks.withdraw(ref, rule, options.subject);
          ctx.note(`"${label}": ${rule} is an open finding again.`);
          return;
        }
        const { label, until } = await risks.accept(ref, {
          rule,
          until: options.until ?? '',
          note: options.note ?? '',
          ...(options.subject !== undefined ? { subject: options.subject } : {}),
        });
        const last = new Date(Date.parse(until) - 1).toISOString().slice(0, 10);
        ctx.note(
          `"${label}": ${rule} is accepted through ${last}; 'keyward audit' shows it as accepted until then.`,
        );
      });
    });
}
