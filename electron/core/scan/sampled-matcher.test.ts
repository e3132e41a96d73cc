// The sampled matcher finds exactly what a plain Aho-Corasick automaton finds, whatever the
// chunking: random texts full of near-misses, patterns of many lengths.
import { describe, expect, it } from 'vitest';
import { buildMatcher, runMatcher } from './matcher';
import { findIn, packPatterns, sampledMatcher } from './sampled-matcher';

function rng(seed: number) {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

describe('sampled matcher', () => {
  it('agrees with Aho-Corasick on every occurrence, across chunk boundaries', () => {
    const rand = rng(7);
    const alphabet = 'abcAB12=\n';
    const pick = (n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    for (let round = 0; round < 20; round++) {
      const patterns = Array.from({ length: 8 }, () => pick(12 + Math.floor(rand() * 30)));
      let text = '';
      while (text.length < 20000) {
        text += rand() < 0.05 ? patterns[Math.floor(rand() * patterns.length)]! : pick(5);
      }
      const bytes = Buffer.from(text);
      const pats = patterns.map((p) => Buffer.from(p));
      const expected: string[] = [];
      runMatcher(buildMatcher(pats), bytes, 0, (id, end) => expected.push(`${id}@${end}`));
      const m = sampledMatcher(packPatterns(pats));
      // Chunks of a random size, each with the previous chunk's tail in front.
      const found: string[] = [];
      let base = 0;
      let kept = 0;
      for (let at = 0; at < bytes.length;) {
        const size = 50 + Math.floor(rand() * 3000);
        const next = bytes.subarray(at, at + size);
        const chunk = Buffer.concat([bytes.subarray(at - kept, at), next]);
        findIn(m, chunk, base, kept, (id, end) => found.push(`${id}@${base + end}`));
        at += next.length;
        kept = Math.min(m.overlap, at);
        base = at - kept;
      }
      expect(found.sort()).toEqual(expected.sort());
      expect(expected.length).toBeGreaterThan(10);
    }
  });
});
