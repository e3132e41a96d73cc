import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuickGet, writeStdout } from './quick-get';

describe('parseQuickGet', () => {
  it('takes the plain forms of get', () => {
    expect(parseQuickGet(['get', 'Bot'])).toEqual({
      vault: undefined,
      ref: 'Bot',
      field: 'secret',
      newline: true,
    });
    expect(parseQuickGet(['--vault', '/v', 'get', 'Bot', '--field', 'apiKey', '-n'])).toEqual({
      vault: '/v',
      ref: 'Bot',
      field: 'apiKey',
      newline: false,
    });
    expect(parseQuickGet(['get', '--no-newline', 'Bot'])).toMatchObject({
      ref: 'Bot',
      newline: false,
    });
  });

  it('leaves everything else to the full CLI', () => {
    for (const args of [
      [],
      ['list'],
      ['get'],
      ['get', 'a', 'b'],
      ['get', 'Bot', '--field', 'password'],
      ['get', 'Bot', '--field'],
      ['get', 'Bot', '--field=apiKey'],
      ['get', 'Bot', '--passphrase-stdin'],
      ['get', 'Bot', '--help'],
      ['--vault', 'get', 'Bot'],
      ['--vault'],
      ['exec', 'Bot', '--', 'true'],
    ]) {
      expect(parseQuickGet(args), args.join(' ')).toBeNull();
    }
  });
});

describe('writeStdout', () => {
  it('writes every byte through write(2), in as many calls as it takes', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'keyward-stdout-'));
    const file = path.join(dir, 'out');
    const fd = openSync(file, 'w');
    try {
      let calls = 0;
      writeStdout('ключ-secret\n', {
        // At most 5 bytes per call, as a pipe may take.
        write: (bytes, offset) => {
          calls++;
          return writeSync(fd, bytes, offset, Math.min(5, bytes.length - offset));
        },
        rest: () => expect.unreachable('no EAGAIN here'),
      });
      expect(readFileSync(file, 'utf8')).toBe('ключ-secret\n');
      expect(calls).toBe(Math.ceil(Buffer.byteLength('ключ-secret\n') / 5));
    } finally {
      closeSync(fd);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('hands the rest to the stream when the descriptor would block, and wipes its copy', () => {
    const seen: Buffer[] = [];
    let source: Buffer | undefined;
    const rest: string[] = [];
    writeStdout('abcdefgh', {
      write: (bytes) => {
        source = bytes;
        if (seen.length > 0) throw Object.assign(new Error('would block'), { code: 'EAGAIN' });
        seen.push(Buffer.from(bytes.subarray(0, 3)));
        return 3;
      },
      rest: (bytes) => rest.push(bytes.toString()),
    });
    expect(seen.map(String)).toEqual(['abc']);
    expect(rest).toEqual(['defgh']);
    expect(source!.every((byte) => byte === 0)).toBe(true);
  });

  it('lets other write errors through', () => {
    const broken = () => {
      throw Object.assign(new Error('broken pipe'), { code: 'EPIPE' });
    };
    expect(() => writeStdout('x', { write: broken, rest: () => undefined })).toThrow('broken pipe');
  });
});
