// `keyward import <file>`: brings keys in from where they live today (.env, freqtrade config,
// ccxt JSON, KeePassXC CSV, Bitwarden JSON). Never changes or deletes the source file. Exit 2
// only when nothing in the file could be imported, and then nothing is added.
// Invariant: prints labels, providers, masked API keys and ids, never a secret.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { PROVIDERS, USE_CASES, type Provider, type UseCase } from '../../../shared/domain/exchange';
import { KeywardError } from '../../core/errors';
import { planImport, type ImportPlan } from '../../core/import/import-plan';
import { parseImport } from '../../core/import/parse';
import { IMPORT_FORMATS, ImportFormatError, type ImportFormat } from '../../core/import/types';
import { KeyService } from '../../core/keys/key-service';
import type { CliContext } from '../context';
import { ExitRequest } from '../exit-request';

interface ImportOptions {
  format?: string;
  provider?: string;
  useCase?: string;
  labelPrefix?: string;
  dryRun?: boolean;
  json?: boolean;
  passphraseStdin?: boolean;
}

function oneOf<T extends string>(name: string, list: readonly T[], value?: string): T | undefined {
  if (value === undefined) return undefined;
  if ((list as readonly string[]).includes(value)) return value as T;
  throw new KeywardError(
    'invalid-input',
    `${name} must be one of ${list.join(', ')}, not "${value}".`,
  );
}

export function closingAdvice(file: string): string {
  return `${file} still holds these secrets in plain text: delete it and start the program with 'keyward exec' (for freqtrade: 'keyward exec <key> --preset freqtrade -- freqtrade trade'), and rotate the keys if the file was ever shared, synced or committed.`;
}

async function readSource(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KeywardError(
      'invalid-input',
      code === 'ENOENT'
        ? `No file ${file}: give the path of the file to import.`
        : `${file} cannot be read (${code ?? 'error'}); nothing was imported.`,
    );
  }
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('import <file>')
    .description('add the keys a .env, freqtrade, ccxt, KeePassXC or Bitwarden file holds')
    .option(
      '--format <format>',
      `the file's format: ${IMPORT_FORMATS.join(', ')} (default: detected)`,
    )
    .option('--provider <provider>', `the exchange of every key: ${PROVIDERS.join(', ')}`)
    .option(
      '--use-case <useCase>',
      `what the keys are for (default custom): ${USE_CASES.join(', ')}`,
    )
    .option('--label-prefix <text>', 'put this before every label')
    .option('--dry-run', 'list what would be imported and import nothing')
    .option('--json', 'print { imported: [{ id, label, provider }], skipped: [{ label, reason }] }')
    .option('--passphrase-stdin', "read the vault's passphrase from stdin")
    .action(async (file: string, options: ImportOptions) => {
      const format = oneOf<ImportFormat>('--format', IMPORT_FORMATS, options.format);
      const provider = oneOf<Provider>('--provider', PROVIDERS, options.provider);
      const useCase = oneOf<UseCase>('--use-case', USE_CASES, options.useCase);
      const text = await readSource(file);
      let parsed;
      try {
        parsed = parseImport(text, format);
      } catch (error) {
        if (!(error instanceof ImportFormatError)) throw error;
        throw new KeywardError(
          'invalid-input',
          `Nothing was imported from ${file}: ${error.message}.`,
        );
      }
      const store = await ctx.openStore(options);
      let plan: ImportPlan;
      const imported: { id: string; label: string; provider: Provider }[] = [];
      try {
        plan = planImport(await store.read(), parsed, {
          fileName: path.basename(file),
          ...(provider && { provider }),
          ...(useCase && { useCase }),
          ...(options.labelPrefix !== undefined && { labelPrefix: options.labelPrefix }),
        });
        if (plan.add.length > 0 && !options.dryRun) {
          const keys = new KeyService(store);
          for (const planned of plan.add) {
            const summary = await keys.add(planned.input);
            imported.push({ id: summary.id, label: summary.label, provider: summary.provider });
          }
        }
      } finally {
        store.close();
      }
      const nothing = plan.add.length === 0;
      if (options.json) {
        ctx.json(
          options.dryRun
            ? {
                dryRun: true,
                imported: plan.add.map((p) => ({
                  label: p.label,
                  provider: p.provider,
                  apiKey: p.maskedApiKey,
                })),
                skipped: plan.skipped,
              }
            : { imported, skipped: plan.skipped },
        );
      } else if (options.dryRun) {
        for (const p of plan.add) ctx.out(`${p.label}  ${p.provider}  ${p.maskedApiKey}`);
      } else {
        for (const k of imported) ctx.out(`${k.id}  ${k.label}  ${k.provider}`);
      }
      if (!options.json) {
        for (const s of plan.skipped) ctx.note(`Skipped "${s.label}": ${s.reason}`);
      }
      if (nothing) {
        if (!options.json) {
          ctx.note(
            `keyward: nothing in ${file} could be imported (${parsed.format}); nothing was added.`,
          );
        }
        throw new ExitRequest(2);
      }
      if (options.dryRun) {
        ctx.note(
          `Dry run (${parsed.format}): ${plan.add.length} key${plan.add.length === 1 ? '' : 's'} would be imported; nothing was changed.`,
        );
        return;
      }
      ctx.note(
        useCase
          ? `Imported ${imported.length} key${imported.length === 1 ? '' : 's'} (${parsed.format}) as use case ${useCase}.`
          : `Imported ${imported.length} key${imported.length === 1 ? '' : 's'} (${parsed.format}) as use case custom, read only: record each key's real permissions in the app (its Edit form).`,
      );
      ctx.note(closingAdvice(file));
    });
}
