import { describe, expect, it } from 'vitest';
import { unsafeTextError } from './text-check';

const t = (key: string, options: Record<string, unknown>) => `${key} ${String(options.char)}`;

describe('unsafeTextError', () => {
  it('names the character a field may not hold', () => {
    expect(unsafeTextError(t, 'Bot \u001b]0;x\u0007')).toBe('common.unsafeChar U+001B');
    expect(unsafeTextError(t, 'a\u202eb')).toBe('common.unsafeChar U+202E');
    expect(unsafeTextError(t, 'line\nbreak')).toBe('common.unsafeChar U+000A');
  });

  it('lets notes keep line breaks and tabs, nothing else', () => {
    expect(unsafeTextError(t, 'line\n\tbreak', true)).toBe(false);
    expect(unsafeTextError(t, 'a\u009bb', true)).toBe('common.unsafeCharNotes U+009B');
  });

  it('accepts ordinary text', () => {
    expect(unsafeTextError(t, '3Commas – 交易机器人 🔑')).toBe(false);
  });
});
