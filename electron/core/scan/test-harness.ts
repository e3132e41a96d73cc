// Test helper (built by scan-workers.test.ts): runs one scan with options read from stdin and
// prints its result, so a test can scan as another user.
import { scanForCopies, type ScanOptions } from './scanner';

let input = '';
process.stdin.on('data', (d: Buffer) => (input += d.toString()));
process.stdin.on('end', () => {
  const options = JSON.parse(input) as ScanOptions;
  scanForCopies(options).then(
    (r) => process.stdout.write(JSON.stringify(r)),
    (e: unknown) => {
      process.stderr.write(`${String(e)}\n`);
      process.exit(1);
    },
  );
});
