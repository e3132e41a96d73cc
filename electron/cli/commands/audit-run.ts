// `keyward audit-run start [<label|id>] | step <n> | finish | abandon | status`
// The monthly audit's five steps (DOMAIN.md), over every key or one.
import type { Command } from 'commander';
import { AUDIT_STEP_COUNT } from '../../../shared/domain/key-record';
import { KeywardError } from '../../core/errors';
import { WorkflowService } from '../../core/workflows/workflow-service';
import type { CliContext } from '../context';
import { auditChecklist, withVault } from './workflow-output';

const ACTIONS = ['start', 'step', 'finish', 'abandon', 'status'] as const;

function stepNumber(text: string | undefined): number {
  if (
    text === undefined ||
    !/^\d+$/.test(text) ||
    Number(text) < 1 ||
    Number(text) > AUDIT_STEP_COUNT
  ) {
    throw new KeywardError(
      'invalid-input',
      `audit-run step needs a step number from 1 to ${AUDIT_STEP_COUNT}${text ? `, not "${text}"` : ''}.`,
    );
  }
  return Number(text);
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('audit-run')
    .description(
      'the monthly audit checklist: start [<label|id>] | step <n> | finish | abandon | status',
    )
    .argument('<action>', ACTIONS.join(' | '))
    .argument('[arg]', 'start: one key to audit (default: all); step: the step number 1-5')
    .option('--passphrase-stdin', "read the vault's passphrase from stdin's first line")
    .action(
      async (action: string, arg: string | undefined, options: { passphraseStdin?: boolean }) => {
        if (!(ACTIONS as readonly string[]).includes(action)) {
          throw new KeywardError(
            'invalid-input',
            `Unknown audit-run action "${action}": use ${ACTIONS.join(', ')}.`,
          );
        }
        if (action !== 'start' && action !== 'step' && arg !== undefined) {
          throw new KeywardError('invalid-input', `audit-run ${action} takes no argument.`);
        }
        const step = action === 'step' ? stepNumber(arg) : 0;
        const view = await withVault(ctx, options, async (store) => {
          const flows = new WorkflowService(store);
          switch (action) {
            case 'start':
              return flows.startAudit(arg);
            case 'step':
              return flows.auditStep(step);
            case 'finish': {
              const done = await flows.finishAudit();
              ctx.note(
                `Audit finished: ${done.auditedKeyIds.length} key${done.auditedKeyIds.length === 1 ? '' : 's'} marked audited.`,
              );
              return done;
            }
            case 'abandon':
              return flows.abandonAudit();
            default:
              return flows.auditStatus();
          }
        });
        for (const line of auditChecklist(view)) ctx.out(line);
      },
    );
}
