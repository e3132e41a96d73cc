// Main's own words for a vault change the page asked for: setting a passphrase on a
// keychain vault is named as such (not as a copy or reveal), in both languages.
import { describe, expect, it } from 'vitest';
import { confirmText } from './secret-access-text';

describe("main's confirmation text", () => {
  it('names setting the vault passphrase', () => {
    const en = confirmText('en', { label: '', action: 'passphrase', field: 'vault' });
    expect(en.message).toBe('Set a passphrase on the vault?');
    expect(en.allow).toBe('Set passphrase');
    expect(en.detail).toContain('only if you just asked for it in Settings');
    const zh = confirmText('zh-CN', { label: '', action: 'passphrase', field: 'vault' });
    expect(zh.message).toContain('主密码');
    expect(zh.allow).toBe('设置主密码');
  });
});
