// A byte-level Aho-Corasick automaton over raw bytes. Not used by the scan: `npm run bench`
// measures it beside the sampled 4-gram filter the scan uses (sampled-matcher.ts, many times
// faster since it reads one byte in W) and modern-ahocorasick (which matches decoded
// JavaScript strings, grapheme-aware, far slower); the tests use it as an independent oracle.
//
// Layout: bytes map to classes (bytes that occur in no pattern share class 0); `delta` is a
// dense DFA of states x classes. An entry holds the target state's row offset, negated minus
// one when that state ends at least one pattern, so the hot loop tests one sign bit.
// Invariant: the tables encode the values (that is unavoidable for matching); nothing else of
// the values is kept, and the caller zeroes the pattern bytes once built.

export interface MatcherTables {
  classes: Uint8Array;
  stride: number;
  delta: Int32Array;
  /** For each state: index into outIds of its first output, or -1. */
  outStart: Int32Array;
  /** Output lists, each ended by -1: pattern ids. */
  outIds: Int32Array;
  patternLengths: Int32Array;
}

export function buildMatcher(patterns: readonly Uint8Array[]): MatcherTables {
  const classes = new Uint8Array(256);
  let classCount = 1;
  for (const p of patterns) {
    for (const b of p) if (classes[b] === 0) classes[b] = classCount++;
  }
  if (classCount > 255) throw new Error('too many byte classes');
  const stride = classCount;
  // Trie with sparse children while building.
  const children: Map<number, number>[] = [new Map<number, number>()];
  const outputs: number[][] = [[]];
  patterns.forEach((p, id) => {
    let s = 0;
    for (const b of p) {
      const c = classes[b]!;
      let next = children[s]!.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map<number, number>());
        outputs.push([]);
        children[s]!.set(c, next);
      }
      s = next;
    }
    outputs[s]!.push(id);
  });
  const n = children.length;
  const goto = new Int32Array(n * stride);
  const fail = new Int32Array(n);
  const queue: number[] = [];
  for (let c = 0; c < stride; c++) {
    const t = children[0]!.get(c);
    goto[c] = t ?? 0;
    if (t !== undefined) queue.push(t);
  }
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head]!;
    const f = fail[s]!;
    for (const id of outputs[f]!) outputs[s]!.push(id);
    for (let c = 0; c < stride; c++) {
      const t = children[s]!.get(c);
      if (t !== undefined) {
        fail[t] = goto[f * stride + c]!;
        goto[s * stride + c] = t;
        queue.push(t);
      } else {
        goto[s * stride + c] = goto[f * stride + c]!;
      }
    }
  }
  const outStart = new Int32Array(n).fill(-1);
  const ids: number[] = [];
  for (let s = 0; s < n; s++) {
    if (outputs[s]!.length === 0) continue;
    outStart[s] = ids.length;
    ids.push(...outputs[s]!, -1);
  }
  const delta = new Int32Array(n * stride);
  for (let i = 0; i < delta.length; i++) {
    const t = goto[i]!;
    delta[i] = outStart[t]! >= 0 ? -(t * stride) - 1 : t * stride;
  }
  return {
    classes,
    stride,
    delta,
    outStart,
    outIds: Int32Array.from(ids),
    patternLengths: Int32Array.from(patterns.map((p) => p.length)),
  };
}

/** Called with the pattern id and the offset just past its last byte in the chunk. */
export type OnMatch = (patternId: number, end: number) => void;

/**
 * Runs the automaton over `bytes` from `state` (a row offset; 0 at the start of a file) and
 * returns the state to continue with on the next chunk of the same stream.
 */
export function runMatcher(
  m: MatcherTables,
  bytes: Uint8Array,
  state: number,
  onMatch: OnMatch,
): number {
  const { classes, delta, outStart, outIds, stride } = m;
  let s = state;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    s = delta[s + classes[bytes[i]!]!]!;
    if (s < 0) {
      s = -s - 1;
      for (let k = outStart[s / stride]!; outIds[k]! >= 0; k++) onMatch(outIds[k]!, i + 1);
    }
  }
  return s;
}
