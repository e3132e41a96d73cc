// The palette's global shortcut setting (issue 13 §2): a valid accelerator is spelled the
// canonical way; a bad one is refused with a reason that says what to type.
import { describe, expect, it } from 'vitest';
import { settingsPatchRequest } from '../ipc/requests';
import { checkAccelerator } from './accelerator';

describe('checkAccelerator', () => {
  it('accepts modifiers and one key, in canonical spelling', () => {
    expect(checkAccelerator('ctrl+shift+k')).toEqual({ ok: true, value: 'Ctrl+Shift+K' });
    expect(checkAccelerator(' CommandOrControl + Alt + Space ')).toEqual({
      ok: true,
      value: 'CommandOrControl+Alt+Space',
    });
    expect(checkAccelerator('Super+f12')).toEqual({ ok: true, value: 'Super+F12' });
    expect(checkAccelerator('Alt+Plus')).toEqual({ ok: true, value: 'Alt+Plus' });
    expect(checkAccelerator('CmdOrCtrl+/')).toEqual({ ok: true, value: 'CmdOrCtrl+/' });
  });

  it.each([
    ['', 'empty'],
    ['K', 'no-modifier'],
    ['Shift+K', 'no-modifier'],
    ['Ctrl+Shift', 'no-key'],
    ['Ctrl+K+L', 'two-keys'],
    ['Ctrl+Ctrl+K', 'repeated-modifier'],
    ['Ctrl+Hyper+K', 'unknown-part'],
    ['Ctrl++', 'unknown-part'],
    ['K+Ctrl', 'unknown-part'],
    ['Ctrl+F25', 'unknown-part'],
    ['Ctrl+'.repeat(12) + 'K', 'too-long'],
  ])('refuses %j (%s) with a reason', (input, problem) => {
    const checked = checkAccelerator(input);
    expect(checked).toMatchObject({ ok: false, problem });
    if (!checked.ok) expect(checked.message).toMatch(/^That shortcut is not valid: .+\.$/);
  });
});

describe('settings.set quickSearchShortcut', () => {
  it('stores the canonical spelling, null switches it off, a bad one is refused clearly', () => {
    expect(settingsPatchRequest.parse({ quickSearchShortcut: 'alt+shift+k' })).toEqual({
      quickSearchShortcut: 'Alt+Shift+K',
    });
    expect(settingsPatchRequest.parse({ quickSearchShortcut: null })).toEqual({
      quickSearchShortcut: null,
    });
    const refused = settingsPatchRequest.safeParse({ quickSearchShortcut: 'Shift+K' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toContain('add CommandOrControl, Ctrl, Alt or Super');
  });
});
