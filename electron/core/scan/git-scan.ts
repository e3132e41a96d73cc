// --git: every object of a repository, read through `git cat-file --batch-all-objects
// --batch`, so a value committed once and deleted since is still found. A hit in a commit
// object names that commit; a hit in a blob is tied to the oldest commit that added it (one
// `git log --find-object` per blob hit, so only when something was found).
// Invariant: git's output is matched as it streams and never kept; only oids and paths leave.
import { spawn, execFile } from 'node:child_process';
import { StreamScanner, type RawHit } from './scan-file';
import type { SampledMatcher } from './sampled-matcher';

export interface GitObjectHit extends RawHit {
  oid: string;
  type: string;
}

const GIT_ENV = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_CONFIG_NOSYSTEM: '1',
  LC_ALL: 'C',
};

/** Scans every object of the repository at `repo`; returns the objects' hits and count. */
export function scanGitObjects(
  m: SampledMatcher,
  repo: string,
  buffer: Uint8Array,
  owner: (patternId: number) => string,
  signal?: AbortSignal,
): Promise<{ objects: number; bytes: number; hits: GitObjectHit[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'git',
      ['-C', repo, 'cat-file', '--batch-all-objects', '--batch', '--unordered'],
      {
        env: { ...process.env, ...GIT_ENV },
        stdio: ['ignore', 'pipe', 'ignore'],
        ...(signal && { signal }),
      },
    );
    const hits: GitObjectHit[] = [];
    let objects = 0;
    let bytes = 0;
    let header = '';
    let left = -1; // bytes of content still to come; -1 while reading a header line
    let current: { oid: string; type: string; scanner: StreamScanner } | null = null;
    const endObject = () => {
      if (!current) return;
      current.scanner.flush();
      for (const hit of current.scanner.hits) {
        hits.push({ ...hit, oid: current.oid, type: current.type });
      }
      current = null;
    };
    child.stdout.on('data', (data: Buffer) => {
      let at = 0;
      while (at < data.length) {
        if (left < 0) {
          const nl = data.indexOf(10, at);
          if (nl < 0) {
            header += data.toString('latin1', at);
            return;
          }
          header += data.toString('latin1', at, nl);
          at = nl + 1;
          const [oid = '', type = '', size = ''] = header.split(' ');
          header = '';
          if (type === 'missing') continue;
          objects += 1;
          left = Number(size);
          current = { oid, type, scanner: new StreamScanner(m, buffer, owner) };
          bytes += left;
        } else if (left > 0) {
          const n = Math.min(left, data.length - at);
          current?.scanner.push(data.subarray(at, at + n));
          at += n;
          left -= n;
        } else {
          // The newline after an object's content.
          at += 1;
          left = -1;
          endObject();
        }
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      endObject();
      if (code !== 0 && objects === 0) reject(new Error(`git exited with ${code}`));
      else resolve({ objects, bytes, hits });
    });
  });
}

/** The oldest commit that added `blob`, and the path it had there; null if none is found. */
export function commitOfBlob(
  repo: string,
  blob: string,
): Promise<{ commit: string; path: string } | null> {
  return new Promise((resolve) => {
    execFile(
      'git',
      [
        '-C',
        repo,
        'log',
        '--all',
        '--no-abbrev',
        '--raw',
        '--format=commit %H',
        `--find-object=${blob}`,
      ],
      { env: { ...process.env, ...GIT_ENV }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => {
        if (error) return resolve(null);
        let commit = '';
        let found: { commit: string; path: string } | null = null;
        for (const line of stdout.split('\n')) {
          if (line.startsWith('commit ')) commit = line.slice(7);
          else if (line.startsWith(':')) {
            const [meta = '', file = ''] = line.split('\t');
            if (meta.split(' ')[3] === blob) found = { commit, path: file };
          }
        }
        resolve(found); // log runs newest first: the last one seen is the oldest
      },
    );
  });
}
