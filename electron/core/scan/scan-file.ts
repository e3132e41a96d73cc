// Scans one file (or any byte stream) for the patterns, in large chunks. Used by the worker
// threads and, where no worker file exists (tests, small scans), on the calling thread.
// Invariant: reports where a pattern is (pattern id, line), never any of the bytes found.
import fs from 'node:fs';
import { findIn, type SampledMatcher } from './sampled-matcher';

export const CHUNK_BYTES = 1 << 20;
/** Binary files larger than this are skipped (a NUL byte in their first 8 KiB = binary). */
export const BINARY_SIZE_LIMIT = 32 * 1024 * 1024;
const SNIFF_BYTES = 8192;

export interface RawHit {
  patternId: number;
  /** 1-based line of the match's first byte. */
  line: number;
}

export type FileOutcome =
  | { kind: 'scanned'; bytes: number; hits: RawHit[] }
  | { kind: 'binary-skipped'; bytes: number }
  | { kind: 'unreadable' };

function countNewlines(b: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = b.indexOf(10, from); i >= 0 && i < to; i = b.indexOf(10, i + 1)) n++;
  return n;
}

/**
 * A reader that scans a stream chunk by chunk: push() each chunk's bytes in order. Keeps the
 * last `overlap` bytes of one chunk in front of the next, so values cut by a chunk boundary
 * are found. `buffer` is reused between streams (one per thread).
 */
export class StreamScanner {
  private kept = 0;
  private base = 0;
  private linesBefore = 0;
  readonly hits: RawHit[] = [];
  private seen = new Set<string>();

  constructor(
    private readonly m: SampledMatcher,
    readonly buffer: Uint8Array,
    private readonly owner: (patternId: number) => string = (id) => String(id),
  ) {}

  /** Where the next chunk's bytes go, and how many fit. */
  get writeOffset(): number {
    return this.kept;
  }

  /** Scans buffer[0, kept + length): the kept bytes plus `length` new ones. */
  scan(length: number): void {
    const end = this.kept + length;
    const chunk = this.buffer.subarray(0, end);
    const from = this.kept;
    findIn(this.m, chunk, this.base, from, (id, matchEnd) => {
      const start = matchEnd - this.m.lengths[id]!;
      const line =
        start >= from
          ? 1 + this.linesBefore + countNewlines(chunk, from, start)
          : 1 + this.linesBefore - countNewlines(chunk, start, from);
      const key = `${this.owner(id)}:${line}`;
      if (this.seen.has(key)) return;
      this.seen.add(key);
      this.hits.push({ patternId: id, line });
    });
    // Keep the tail for the next chunk.
    const keep = Math.min(this.m.overlap, end);
    this.linesBefore += countNewlines(chunk, from, end);
    this.buffer.copyWithin(0, end - keep, end);
    this.base += end - keep;
    this.kept = keep;
  }

  private filled = 0;

  /** Copies `src` in, scanning each time the buffer is full (for piped streams). */
  push(src: Uint8Array): void {
    let at = 0;
    while (at < src.length) {
      const n = Math.min(src.length - at, this.room - this.filled);
      this.buffer.set(src.subarray(at, at + n), this.kept + this.filled);
      this.filled += n;
      at += n;
      if (this.filled === this.room) this.flush();
    }
  }

  /** Scans what push() collected. */
  flush(): void {
    if (this.filled === 0) return;
    const n = this.filled;
    this.filled = 0;
    this.scan(n);
  }

  /** Free space after the kept bytes. */
  get room(): number {
    return this.buffer.length - this.kept;
  }
}

export function newScanBuffer(m: SampledMatcher): Uint8Array {
  return new Uint8Array(CHUNK_BYTES + m.overlap);
}

export function scanFile(
  m: SampledMatcher,
  file: string,
  buffer: Uint8Array,
  owner?: (patternId: number) => string,
): FileOutcome {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  } catch {
    return { kind: 'unreadable' };
  }
  const stream = new StreamScanner(m, buffer, owner);
  let bytes = 0;
  try {
    for (let first = true; ; first = false) {
      const read = fs.readSync(fd, buffer, stream.writeOffset, stream.room, null);
      if (read === 0) break;
      if (first && read === stream.room) {
        const sniff = buffer.subarray(0, Math.min(read, SNIFF_BYTES));
        if (sniff.includes(0) && fs.fstatSync(fd).size > BINARY_SIZE_LIMIT) {
          return { kind: 'binary-skipped', bytes: 0 };
        }
      }
      bytes += read;
      stream.scan(read);
    }
  } catch {
    return { kind: 'unreadable' };
  } finally {
    fs.closeSync(fd);
  }
  return { kind: 'scanned', bytes, hits: stream.hits };
}
