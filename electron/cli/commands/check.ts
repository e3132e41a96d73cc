// `keyward check [<label|id>...] [--json] [--accept]`: asks each key's exchange what the key
// can do and compares it with the record. No key named: every active key of an exchange
// Keyward can ask. Exit 0 when every key checked is ok, 1 when any is not.
// Network: only to each key's own exchange host (or KEYWARD_EXCHANGE_URL_<EXCHANGE>), through
// HTTPS_PROXY / NO_PROXY. Never prints a secret.
import type { Command } from 'commander';
import type { CheckDifference } from '../../../shared/domain/exchange-check';
import { exchangeUrlOverrides } from '../../core/exchanges/base-url';
import { ExchangeChecker } from '../../core/exchanges/check-service';
import {
  checkExitCode,
  checkJson,
  KeyCheckService,
  type CheckReport,
} from '../../core/exchanges/key-checks';
import { createNodeHttpPort } from '../../core/exchanges/node-http-port';
import type { CliContext } from '../context';
import { ExitRequest } from '../exit-request';
import { withVault } from './workflow-output';

interface CheckOptions {
  json?: boolean;
  accept?: boolean;
  passphraseStdin?: boolean;
}

/** The checker the CLI uses: Node's fetch through the proxy settings, and the overrides. */
export function cliChecker(ctx: CliContext): ExchangeChecker {
  return new ExchangeChecker({
    http: createNodeHttpPort({ env: ctx.io.env }),
    overrides: exchangeUrlOverrides(ctx.io.env, false),
  });
}

const show = (value: CheckDifference['recorded']): string =>
  Array.isArray(value) ? value.join(', ') || 'none' : String(value);

function describe(report: CheckReport): string[] {
  const lines = [`${report.label} (${report.provider}, ${report.host || '-'}): ${report.outcome}`];
  for (const d of report.differences) {
    lines.push(`  ${d.field}: recorded ${show(d.recorded)}, exchange says ${show(d.exchange)}`);
  }
  if (report.accepted.length > 0) {
    lines.push(`  accepted the exchange's answer: ${report.accepted.join(', ')}`);
  }
  if (report.exchange?.expiresAt) lines.push(`  expires ${report.exchange.expiresAt}`);
  if (report.diagnosis) lines.push(`  ${report.diagnosis.message}`);
  return lines;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .description("ask each key's exchange what the key can do, and compare with the record")
    .argument('[keys...]', 'labels or ids (default: every active key of a supported exchange)')
    .option('--json', 'print a JSON array')
    .option('--accept', "take the exchange's answer as the new record where they differ")
    .option('--passphrase-stdin', "read the vault's passphrase from stdin's first line")
    .action(async (refs: string[], options: CheckOptions) => {
      const checker = cliChecker(ctx);
      const reports = await withVault(ctx, options, (store) =>
        new KeyCheckService(store, checker).check(refs, {
          ...(options.accept && { accept: true }),
        }),
      );
      if (options.json) {
        ctx.json(reports.map(checkJson));
      } else if (reports.length === 0) {
        ctx.out('No active key of Binance, OKX, Bybit or Coinbase to check.');
      } else {
        for (const report of reports) for (const line of describe(report)) ctx.out(line);
      }
      const status = checkExitCode(reports);
      if (status !== 0) throw new ExitRequest(status);
    });
}
