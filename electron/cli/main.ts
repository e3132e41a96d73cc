// Entry point of the bundled CLI (out/cli/keyward.cjs, run by bin/keyward.cjs).
import { processIo } from './io';
import { runCli } from './program';

runCli(process.argv.slice(2), processIo()).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`keyward: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
