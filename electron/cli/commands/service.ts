// `keyward service add <name> [--url U] [--notes T] | assess <name|id> --flag F=yes|no|unknown... | list [--json]`
// Third-party services and their assessment against DOMAIN.md's six red flags.
import type { Command } from 'commander';
import type { RedFlag, RedFlagAnswer } from '../../../shared/domain/key-record';
import { RED_FLAGS, redFlagAnswerSchema } from '../../../shared/domain/key-record';
import type { ServiceView } from '../../../shared/ipc/views';
import { ASSESSMENT_QUESTIONS } from '../../../shared/workflows/assessment-flags';
import { KeywardError } from '../../core/errors';
import { WorkflowService } from '../../core/workflows/workflow-service';
import type { CliContext } from '../context';
import { collect } from '../options';
import { withVault } from './workflow-output';

function parseFlags(items: string[]): Partial<Record<RedFlag, RedFlagAnswer>> {
  if (items.length === 0) {
    throw new KeywardError(
      'invalid-input',
      `Give answers as --flag NAME=yes|no|unknown; the flags are ${RED_FLAGS.join(', ')}.`,
    );
  }
  const answers: Partial<Record<RedFlag, RedFlagAnswer>> = {};
  for (const item of items) {
    const [name = '', answer = ''] = item.split('=').map((p) => p.trim());
    const flag = RED_FLAGS.find((f) => f === name.toLowerCase());
    if (!flag)
      throw new KeywardError(
        'invalid-input',
        `Unknown red flag "${name}": use ${RED_FLAGS.join(', ')}.`,
      );
    const parsed = redFlagAnswerSchema.safeParse(answer.toLowerCase());
    if (!parsed.success)
      throw new KeywardError(
        'invalid-input',
        `Answer ${flag} with yes, no or unknown, not "${answer}".`,
      );
    answers[flag] = parsed.data;
  }
  return answers;
}

function describe(service: ServiceView): string[] {
  const lines = [
    `${service.name}${service.url ? ` <${service.url}>` : ''}: ${service.keyIds.length} key${service.keyIds.length === 1 ? '' : 's'}, ${service.assessment.assessedAt ? `assessed ${service.assessment.assessedAt.slice(0, 10)}` : 'not assessed'}`,
  ];
  for (const q of ASSESSMENT_QUESTIONS) {
    const answer = service.assessment.flags[q.flag];
    lines.push(`  ${answer === 'yes' ? 'RED FLAG' : answer.padEnd(8)}  ${q.flag}: ${q.question}`);
  }
  return lines;
}

export function register(program: Command, ctx: CliContext): void {
  const service = program
    .command('service')
    .description('third-party services and their assessment');

  service
    .command('add')
    .description('add a service')
    .argument('<name>', 'its name, e.g. 3Commas')
    .option('--url <url>', 'its website (https://...)')
    .option('--notes <text>', 'free notes')
    .option('--passphrase-stdin', "read the vault's passphrase from stdin")
    .action(
      async (
        name: string,
        options: { url?: string; notes?: string; passphraseStdin?: boolean },
      ) => {
        const added = await withVault(ctx, options, (store) =>
          new WorkflowService(store).addService({
            name,
            ...(options.url !== undefined && { url: options.url }),
            ...(options.notes !== undefined && { notes: options.notes }),
          }),
        );
        ctx.out(added.id);
      },
    );

  service
    .command('assess')
    .description(`record red flags: --flag NAME=yes|no|unknown (NAME: ${RED_FLAGS.join(', ')})`)
    .argument('<name|id>', 'the service')
    .option('--flag <NAME=answer>', 'one red flag and its answer (repeatable)', collect)
    .option('--passphrase-stdin', "read the vault's passphrase from stdin")
    .action(async (ref: string, options: { flag?: string[]; passphraseStdin?: boolean }) => {
      const answers = parseFlags(options.flag ?? []);
      const assessed = await withVault(ctx, options, (store) =>
        new WorkflowService(store).assessService(ref, answers),
      );
      for (const line of describe(assessed)) ctx.out(line);
    });

  service
    .command('list')
    .description('list services with their assessment')
    .option('--json', 'print a JSON array')
    .option('--passphrase-stdin', "read the vault's passphrase from stdin")
    .action(async (options: { json?: boolean; passphraseStdin?: boolean }) => {
      const list = await withVault(ctx, options, (store) =>
        new WorkflowService(store).listServices(),
      );
      if (options.json) {
        ctx.json(list);
        return;
      }
      if (list.length === 0)
        ctx.note('No services yet: keyward service add <name>, or add a key with --service.');
      for (const s of list) for (const line of describe(s)) ctx.out(line);
    });
}
