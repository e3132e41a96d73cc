// `keyward reminders [--json] [--now ISO]`: what is due (rotation, audit, Binance lapse),
// without sending anything. Unlocked (the CLI opens the vault) it names keys by label; with
// --locked it reads only the non-secret schedule beside the vault, as the app does locked.
import type { Command } from 'commander';
import { KeywardError } from '../../core/errors';
import type { ListedReminder } from '../../core/reminders/reminder-service';
import { ReminderService } from '../../core/reminders/reminder-service';
import { toReminderView } from '../../core/reminders/reminder-view';
import type { CliContext } from '../context';
import { withVault } from './workflow-output';

export function parseNow(text: string | undefined): Date {
  if (text === undefined) return new Date();
  const date = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(date.getTime())) {
    throw new KeywardError(
      'invalid-input',
      `--now needs an ISO 8601 date such as 2026-05-01 or 2026-05-01T09:00:00Z, not "${text}".`,
    );
  }
  return date;
}

const silent = { notify: () => undefined };

export function register(program: Command, ctx: CliContext): void {
  program
    .command('reminders')
    .description('list the reminders due now (nothing is sent)')
    .option('--json', 'print a JSON array')
    .option('--now <iso>', 'as of this date (ISO 8601) instead of now')
    .option(
      '--locked',
      'read only the non-secret schedule, as while the vault is locked (no labels)',
    )
    .option('--passphrase-stdin', "read the vault's passphrase from stdin")
    .action(
      async (options: {
        json?: boolean;
        now?: string;
        locked?: boolean;
        passphraseStdin?: boolean;
      }) => {
        const now = parseNow(options.now);
        let list: ListedReminder[];
        if (options.locked) {
          list = await new ReminderService({ dir: ctx.vaultDir(), notifier: silent }).list(
            undefined,
            now,
          );
        } else {
          list = await withVault(ctx, options, async (store) =>
            new ReminderService({ dir: store.dir, notifier: silent }).list(await store.read(), now),
          );
        }
        if (options.json) {
          ctx.json(list.map(toReminderView));
          return;
        }
        if (list.length === 0) {
          ctx.out('Nothing is due.');
          return;
        }
        for (const r of list) {
          const state = r.snoozed ? ' (snoozed)' : r.sent ? ' (notified)' : '';
          ctx.out(`${r.title}${state}: ${r.body}`);
        }
      },
    );
}
