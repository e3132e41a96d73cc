// `keyward incident <label|id> start | step <n> [--note TEXT] | finish | status`
// Leak response, DOMAIN.md's eight steps in order; starting marks the key compromised,
// finishing leaves it revoked. Notes must not contain the key itself (refused).
import type { Command } from 'commander';
import { INCIDENT_STEP_COUNT } from '../../../shared/domain/key-record';
import { KeywardError } from '../../core/errors';
import { WorkflowService } from '../../core/workflows/workflow-service';
import type { CliContext } from '../context';
import { incidentChecklist, withVault } from './workflow-output';

const ACTIONS = ['start', 'step', 'finish', 'status'] as const;

export function register(program: Command, ctx: CliContext): void {
  program
    .command('incident')
    .description('leak response for a key: start | step <n> [--note TEXT] | finish | status')
    .argument('<label|id>', 'the leaked key')
    .argument('<action>', ACTIONS.join(' | '))
    .argument('[step]', `for "step": the step number 1-${INCIDENT_STEP_COUNT}, in order`)
    .option('--note <text>', 'step: what you found or did (never the key itself)')
    .option('--passphrase-stdin', "read the vault's passphrase from stdin's first line")
    .action(
      async (
        ref: string,
        action: string,
        step: string | undefined,
        options: { note?: string; passphraseStdin?: boolean },
      ) => {
        if (!(ACTIONS as readonly string[]).includes(action)) {
          throw new KeywardError(
            'invalid-input',
            `Unknown incident action "${action}": use ${ACTIONS.join(', ')}.`,
          );
        }
        if (action === 'step' && (step === undefined || !/^\d+$/.test(step))) {
          throw new KeywardError(
            'invalid-input',
            `incident step needs a step number from 1 to ${INCIDENT_STEP_COUNT}${step ? `, not "${step}"` : ''}.`,
          );
        }
        if (options.note !== undefined && action !== 'step') {
          throw new KeywardError('invalid-input', '--note goes with incident step.');
        }
        const detail = await withVault(ctx, options, async (store) => {
          const flows = new WorkflowService(store);
          switch (action) {
            case 'start':
              return flows.startIncident(ref);
            case 'step':
              return flows.incidentStep(ref, Number(step), options.note);
            case 'finish':
              return flows.finishIncident(ref);
            default:
              return flows.keyDetail(ref);
          }
        });
        for (const line of incidentChecklist(detail)) ctx.out(line);
      },
    );
}
