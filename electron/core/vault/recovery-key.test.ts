import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from './recovery-key';
import { loadSodium } from './sodium';
import { formatRecoveryKeyInput } from '../../../shared/domain/recovery-key-text';

describe('recovery key', () => {
  it('is 36 characters in groups of four and reads back to the same bytes', async () => {
    const sodium = await loadSodium();
    for (let i = 0; i < 50; i++) {
      const { text, bytes } = generateRecoveryKey(sodium);
      expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}$/);
      const parsed = parseRecoveryKey(sodium, text);
      expect(parsed.ok && Buffer.from(parsed.bytes).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('forgives case, spaces and the look-alikes I, L and O', async () => {
    const sodium = await loadSodium();
    const bytes = Uint8Array.from({ length: 20 }, (_, i) => i * 13);
    const text = formatRecoveryKey(sodium, bytes);
    const sloppy = ` ${text.toLowerCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'o')} `;
    const parsed = parseRecoveryKey(sodium, sloppy);
    expect(parsed.ok && Buffer.from(parsed.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it("reads the app field's grouped text of a sloppy key (shared normaliser) as the key", async () => {
    const sodium = await loadSodium();
    const bytes = Uint8Array.from({ length: 20 }, (_, i) => 255 - i * 7);
    const text = formatRecoveryKey(sodium, bytes);
    const sloppy = text.toLowerCase().replace(/-/g, '').replace(/1/g, 'i').replace(/0/g, 'O');
    const shown = formatRecoveryKeyInput(sloppy);
    expect(shown).toBe(text);
    const parsed = parseRecoveryKey(sodium, shown);
    expect(parsed.ok && Buffer.from(parsed.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('catches every single-character typo with its checksum', async () => {
    const sodium = await loadSodium();
    const { text } = generateRecoveryKey(sodium);
    const chars = text.replace(/-/g, '');
    let caught = 0;
    for (let i = 0; i < chars.length; i++) {
      const replacement = chars[i] === '7' ? '8' : '7';
      const typo = chars.slice(0, i) + replacement + chars.slice(i + 1);
      const parsed = parseRecoveryKey(sodium, typo);
      if (!parsed.ok) caught++;
    }
    // 20 checksum bits: a single typo slips through with probability 2^-20 per position.
    expect(caught).toBe(chars.length);
  });

  it('explains a wrong length and a character that cannot occur', async () => {
    const sodium = await loadSodium();
    expect(parseRecoveryKey(sodium, 'ABCD-EFGH')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/36 characters/) as unknown,
    });
    expect(parseRecoveryKey(sodium, 'U'.repeat(36))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/no "U"/) as unknown,
    });
  });
});
