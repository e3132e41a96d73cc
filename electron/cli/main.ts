// Entry point of the bundled CLI (out/cli/keyward.cjs, run by bin/keyward.cjs).
import { escapeUnsafeText } from '../../shared/domain/text-safety';
import { processIo } from './io';
import { runCli } from './program';

runCli(process.argv.slice(2), processIo()).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`keyward: ${escapeUnsafeText(message, '\t')}\n`);
    process.exitCode = 1;
  },
);
