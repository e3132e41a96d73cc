import { describe, expect, it } from 'vitest';
import { rowCopyField } from './use-row-copy-keys';

const press = (key: string, mods: Partial<Record<'ctrl' | 'meta' | 'alt' | 'shift', boolean>>) => ({
  key,
  code: key.length === 1 ? `Key${key.toUpperCase()}` : key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
});

describe('rowCopyField', () => {
  it('Ctrl/Cmd+C copies the secret, with Shift the API key', () => {
    expect(rowCopyField(press('c', { ctrl: true }))).toBe('secret');
    expect(rowCopyField(press('c', { meta: true }))).toBe('secret');
    expect(rowCopyField(press('C', { ctrl: true, shift: true }))).toBe('apiKey');
  });

  it('leaves every other key alone', () => {
    expect(rowCopyField(press('c', {}))).toBeNull();
    expect(rowCopyField(press('c', { ctrl: true, alt: true }))).toBeNull();
    expect(rowCopyField(press('v', { ctrl: true }))).toBeNull();
    expect(rowCopyField(press('f', { ctrl: true }))).toBeNull();
  });
});
