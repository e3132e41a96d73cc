// The CLI's contact with its terminal: stdout for results, stderr for messages and prompts,
// stdin for secrets. Invariant: secrets come from stdin or a hidden prompt, never from argv,
// and are never echoed.
import type { Readable, Writable } from 'node:stream';

export interface CliIo {
  stdin: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** Reads stdin to its end once; later calls get the same text. */
export class StdinReader {
  private all: Promise<string> | undefined;
  private consumed = 0;

  constructor(private readonly io: CliIo) {}

  get interactive(): boolean {
    return this.io.stdin.isTTY === true;
  }

  private readAll(): Promise<string> {
    this.all ??= new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.io.stdin.on('data', (chunk: Buffer | string) =>
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk),
      );
      this.io.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      this.io.stdin.on('error', reject);
    });
    return this.all;
  }

  /** The next line of piped stdin (without its line break). */
  async line(): Promise<string> {
    const text = await this.readAll();
    const rest = text.slice(this.consumed);
    const end = rest.indexOf('\n');
    const line = end < 0 ? rest : rest.slice(0, end);
    this.consumed += end < 0 ? rest.length : end + 1;
    return line.replace(/\r$/, '');
  }

  /** Everything left on piped stdin, without the final line break. */
  async rest(): Promise<string> {
    const text = await this.readAll();
    const rest = text.slice(this.consumed);
    this.consumed = text.length;
    return rest.replace(/\r?\n$/, '');
  }

  /** Asks on the terminal without echoing what is typed. */
  hidden(prompt: string): Promise<string> {
    const { stdin, stderr } = this.io;
    return new Promise((resolve, reject) => {
      let value = '';
      stderr.write(prompt);
      stdin.setRawMode?.(true);
      stdin.resume();
      const onData = (chunk: Buffer | string) => {
        for (const char of chunk.toString()) {
          if (char === '\r' || char === '\n' || char === '\u0004') {
            done();
            resolve(value);
            return;
          }
          if (char === '\u0003') {
            done();
            reject(new Error('cancelled'));
            return;
          }
          if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
          else value += char;
        }
      };
      const done = () => {
        stdin.off('data', onData);
        stdin.setRawMode?.(false);
        stdin.pause();
        stderr.write('\n');
      };
      stdin.on('data', onData);
    });
  }
}
