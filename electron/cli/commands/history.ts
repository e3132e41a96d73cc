// `keyward history <label|id> [--json]`: a key's append-only, time-stamped history (created,
// edits, copies, reveals, rotation / audit / incident steps). It never holds a secret.
import type { Command } from 'commander';
import { WorkflowService } from '../../core/workflows/workflow-service';
import type { CliContext } from '../context';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('history')
    .description("show a key's history (never a secret)")
    .argument('<label|id>', 'the key')
    .option('--json', 'print a JSON array of { at, type, detail?, fields?, undo? }')
    .option('--passphrase-stdin', "read the vault's passphrase from stdin")
    .action(async (ref: string, options: { json?: boolean; passphraseStdin?: boolean }) => {
      const store = await ctx.openStore(options);
      try {
        const { key, history, removedAt } = await new WorkflowService(store).history(ref);
        if (options.json) {
          ctx.json(history);
          return;
        }
        ctx.out(
          `History of "${key.label}" (${key.fingerprint})${removedAt ? `, removed from the vault ${removedAt.slice(0, 10)}` : ''}:`,
        );
        for (const e of history) {
          const extra = [e.detail, e.fields?.length ? `fields: ${e.fields.join(', ')}` : undefined]
            .filter((x) => x !== undefined)
            .join('; ');
          ctx.out(
            `  ${e.at.slice(0, 19).replace('T', ' ')}  ${e.type}${extra ? `  ${extra}` : ''}`,
          );
        }
      } finally {
        store.close();
      }
    });
}
