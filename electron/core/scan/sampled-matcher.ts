// The scan's matcher: every stored value (and its variants) found in one pass over raw bytes.
//
// Every pattern is at least MIN_LENGTH (L) bytes long, so any occurrence covers L - Q + 1
// consecutive 4-byte-gram start positions, and exactly one of them is a multiple of
// W = L - Q + 1. The scan therefore reads only one 4-byte gram every W bytes (every 9 bytes at
// the 12-character minimum; further apart when all values are longer), tests it against a
// bitset of the grams the patterns hold in their first L bytes, and on a hit compares the
// candidate patterns byte for byte. Exact: no occurrence is missed, nothing else reported.
//
// Chosen over Aho-Corasick by measurement (`npm run bench` prints all three): a byte-level
// Aho-Corasick DFA must touch every byte (about 200-400 MB/s in V8 on this machine);
// modern-ahocorasick works on JavaScript strings, so a file must first be decoded, and matches
// grapheme-aware (about 10 MB/s); this filter touches one byte in W and runs at several GB/s.
//
// Streams are scanned chunk by chunk: the caller keeps the last `overlap` bytes of a chunk in
// front of the next one; a match is reported once, in the chunk where it ends past the kept
// bytes. Invariant: the pattern bytes (the plaintext values) live only in `bytes` of this
// object; callers drop their copies once it is built.

const Q = 4;
const BITS = 20; // 1 Mi-bit bitset (128 KiB): few false candidates, stays in cache

export interface SampledMatcher {
  readonly window: number;
  /** Longest pattern minus one: the bytes to keep from one chunk for the next. */
  readonly overlap: number;
  readonly minLength: number;
  readonly bits: Int32Array;
  /** All patterns back to back, and where each starts / how long it is. */
  readonly bytes: Uint8Array;
  readonly starts: Int32Array;
  readonly lengths: Int32Array;
  /** gram -> pairs (pattern id, offset of the gram in the pattern), flattened. */
  readonly grams: Map<number, number[]>;
}

/** What is transferable to a worker (Map becomes entries). */
export interface SampledMatcherData {
  minLength: number;
  bytes: Uint8Array;
  starts: Int32Array;
  lengths: Int32Array;
}

const gramAt = (b: Uint8Array, i: number): number =>
  b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24);
const hashOf = (gram: number): number => Math.imul(gram, 0x9e3779b1) >>> (32 - BITS);

export function packPatterns(patterns: readonly Uint8Array[]): SampledMatcherData {
  if (patterns.length === 0) throw new Error('no patterns');
  const total = patterns.reduce((n, p) => n + p.length, 0);
  const bytes = new Uint8Array(total);
  const starts = new Int32Array(patterns.length);
  const lengths = new Int32Array(patterns.length);
  let at = 0;
  patterns.forEach((p, id) => {
    bytes.set(p, at);
    starts[id] = at;
    lengths[id] = p.length;
    at += p.length;
  });
  const minLength = Math.min(...lengths);
  if (minLength < Q + 1) throw new Error('patterns too short');
  return { minLength, bytes, starts, lengths };
}

export function sampledMatcher(data: SampledMatcherData): SampledMatcher {
  const { minLength, bytes, starts, lengths } = data;
  const window = minLength - Q + 1;
  const bits = new Int32Array(1 << (BITS - 5));
  const grams = new Map<number, number[]>();
  for (let id = 0; id < starts.length; id++) {
    for (let off = 0; off < window; off++) {
      const g = gramAt(bytes, starts[id]! + off);
      const h = hashOf(g);
      bits[h >>> 5]! |= 1 << (h & 31);
      const list = grams.get(g);
      if (list) list.push(id, off);
      else grams.set(g, [id, off]);
    }
  }
  return {
    window,
    overlap: Math.max(...lengths) - 1,
    minLength,
    bits,
    bytes,
    starts,
    lengths,
    grams,
  };
}

/** Called with the pattern id and the offset just past its last byte in the chunk. */
export type OnMatch = (patternId: number, end: number) => void;

/**
 * Finds every pattern in `chunk` that ends after `from` (the bytes before `from` were kept
 * from the previous chunk and already searched). `base` is the stream offset of chunk[0]: the
 * sampled positions are fixed in the stream, whatever the chunking.
 */
export function findIn(
  m: SampledMatcher,
  chunk: Uint8Array,
  base: number,
  from: number,
  onMatch: OnMatch,
): void {
  const { window, bits, grams, bytes, starts, lengths } = m;
  const n = chunk.length;
  const last = n - Q;
  let i = (window - (base % window)) % window;
  for (; i <= last; i += window) {
    const g = chunk[i]! | (chunk[i + 1]! << 8) | (chunk[i + 2]! << 16) | (chunk[i + 3]! << 24);
    const h = Math.imul(g, 0x9e3779b1) >>> (32 - BITS);
    if ((bits[h >>> 5]! & (1 << (h & 31))) === 0) continue;
    const list = grams.get(g);
    if (list === undefined) continue;
    for (let k = 0; k < list.length; k += 2) {
      const id = list[k]!;
      const start = i - list[k + 1]!;
      const len = lengths[id]!;
      const end = start + len;
      if (start < 0 || end > n || end <= from) continue;
      const p = starts[id]!;
      let j = 0;
      while (j < len && chunk[start + j] === bytes[p + j]) j++;
      if (j === len) onMatch(id, end);
    }
  }
}
