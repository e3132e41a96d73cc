import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  escapeUnsafeText,
  findRefusedChar,
  jsonForTerminal,
  refusedTextMessage,
  refuseUnsafeText,
} from './text-safety';

/** One character of each refused class, and the edges of each range. */
const REFUSED_SAMPLES: Record<string, number[]> = {
  C0: [0x00, 0x07, 0x0d, 0x1b, 0x1f],
  'line feed / tab': [0x0a, 0x09],
  DEL: [0x7f],
  C1: [0x80, 0x9b, 0x9d, 0x9f],
  bidi: [0x061c, 0x200e, 0x200f, 0x202a, 0x202e, 0x2066, 0x2069],
};
const ALL = Object.values(REFUSED_SAMPLES).flat();
const hex = (cp: number) => cp.toString(16).padStart(4, '0');

describe('text safety', () => {
  it('finds every refused character; notes keep line feed and tab only', () => {
    for (const cp of ALL) {
      const text = `a${String.fromCharCode(cp)}b`;
      expect(findRefusedChar(text), hex(cp)).toBe(cp);
      const lineBreak = cp === 0x0a || cp === 0x09;
      expect(findRefusedChar(text, { multiline: true }), hex(cp)).toBe(lineBreak ? null : cp);
    }
  });

  it('accepts ordinary text of any script, emoji and the characters beside the ranges', () => {
    for (const text of [
      '3Commas – Trading Bot',
      '交易机器人',
      'مفتاح',
      '🔑 key',
      '\u00a0\u00a9',
      '\u200d\u2028',
      '~ \u0020',
    ]) {
      expect(findRefusedChar(text), text).toBeNull();
    }
  });

  it('names the field and the code point', () => {
    expect(refusedTextMessage('A label', 'x\u001b]0;pwned\u0007')).toBe(
      'A label cannot contain U+001B (ESC, a control character); type it without.',
    );
    expect(refusedTextMessage('Notes', 'a\u202eb', { multiline: true })).toBe(
      'Notes cannot contain U+202E (right-to-left override, a bidirectional-text control); type it without (line breaks and tabs are fine).',
    );
    expect(refusedTextMessage('A label', 'fine')).toBeNull();
  });

  it('is a zod check', () => {
    const schema = z.strictObject({ label: z.string().superRefine(refuseUnsafeText('a label')) });
    const result = schema.safeParse({ label: 'a\u009bb' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['label'],
      message: 'a label cannot contain U+009B (CSI, a control character); type it without',
    });
    expect(schema.safeParse({ label: 'ok' }).success).toBe(true);
  });

  it('escapes each refused character as \\uXXXX; kept characters stay', () => {
    for (const cp of ALL) {
      expect(escapeUnsafeText(`a${String.fromCharCode(cp)}b`), hex(cp)).toBe(`a\\u${hex(cp)}b`);
    }
    expect(escapeUnsafeText('a\n\tb\u001b', '\n\t')).toBe('a\n\tb\\u001b');
    expect(escapeUnsafeText('a\n\tb', '\t')).toBe('a\\u000a\tb');
    expect(escapeUnsafeText('plain, 中文 and C:\\path')).toBe('plain, 中文 and C:\\path');
  });

  it('JSON for a terminal: no refused character raw, and it parses back to the same text', () => {
    const value = { label: ALL.map((cp) => String.fromCharCode(cp)).join('x'), n: 1 };
    const json = jsonForTerminal(value);
    // Only the pretty-printing's own line breaks are raw.
    expect(findRefusedChar(json.replace(/\n/g, ''))).toBeNull();
    expect(JSON.parse(json)).toEqual(value);
    for (const cp of ALL) {
      const short = { 0x0a: '\\n', 0x09: '\\t', 0x0d: '\\r' }[cp];
      expect(json, hex(cp)).toContain(short ?? `\\u${hex(cp)}`);
    }
  });
});
