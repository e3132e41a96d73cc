// The palette's global shortcut (issue 13 §2): off by default; registered through a port
// before the setting is saved; a shortcut another app holds is refused and nothing changes;
// switching it off or to another unregisters the old one; the stored one comes back at start.
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test/temp-dir';
import { FakeScheduler } from './fake-scheduler';
import { createKeywardCore } from './keyward-core';
import { QuickSearchShortcut, type GlobalShortcutPort } from './quick-search-shortcut';
import { memoryClipboard } from '../clipboard/clipboard-port';
import { memoryKeychain } from '../vault/keychain';
import { ScriptedSecretAccess } from './scripted-secret-access';

class FakeShortcuts implements GlobalShortcutPort {
  readonly registered = new Set<string>();
  readonly taken = new Set<string>();
  readonly calls: string[] = [];
  register(accelerator: string): boolean {
    this.calls.push(`register ${accelerator}`);
    if (this.taken.has(accelerator)) return false;
    this.registered.add(accelerator);
    return true;
  }
  unregister(accelerator: string): void {
    this.calls.push(`unregister ${accelerator}`);
    this.registered.delete(accelerator);
  }
}

function coreWith(dir: string, port: FakeShortcuts) {
  const scheduler = new FakeScheduler();
  return createKeywardCore({
    dir,
    keychain: memoryKeychain(),
    clipboard: memoryClipboard(),
    scheduler,
    clock: scheduler.clock,
    emit: () => undefined,
    openExternal: () => Promise.resolve(),
    confirmSecretAccess: new ScriptedSecretAccess().confirm,
    globalShortcut: port,
  });
}

describe('QuickSearchShortcut', () => {
  it('registers, replaces and switches off through the port', () => {
    const port = new FakeShortcuts();
    const shortcut = new QuickSearchShortcut(port);
    shortcut.apply(null);
    expect(port.calls).toEqual([]);
    shortcut.apply('Ctrl+Shift+K');
    shortcut.apply('Ctrl+Shift+K'); // unchanged: nothing to do
    shortcut.apply('Alt+Space');
    shortcut.apply(null);
    expect(port.calls).toEqual([
      'register Ctrl+Shift+K',
      'register Alt+Space',
      'unregister Ctrl+Shift+K',
      'unregister Alt+Space',
    ]);
    expect(port.registered.size).toBe(0);
  });

  it('a shortcut another app holds is refused and the current one stays', () => {
    const port = new FakeShortcuts();
    const shortcut = new QuickSearchShortcut(port);
    shortcut.apply('Ctrl+Shift+K');
    port.taken.add('Alt+Space');
    expect(() => shortcut.apply('Alt+Space')).toThrow(
      'The shortcut Alt+Space is already used by another app; choose another one.',
    );
    expect(shortcut.registered).toBe('Ctrl+Shift+K');
    expect([...port.registered]).toEqual(['Ctrl+Shift+K']);
  });

  it('a failed save puts the previous shortcut back', async () => {
    const port = new FakeShortcuts();
    const shortcut = new QuickSearchShortcut(port);
    shortcut.apply('Ctrl+Shift+K');
    await expect(
      shortcut.change('Alt+Space', () => Promise.reject(new Error('disk full'))),
    ).rejects.toThrow('disk full');
    expect([...port.registered]).toEqual(['Ctrl+Shift+K']);
    expect(shortcut.registered).toBe('Ctrl+Shift+K');
  });
});

describe('settings.set with a shortcut port', () => {
  it('is off by default; saving one registers it; a taken one changes nothing', async () => {
    const dir = await tempDir();
    const port = new FakeShortcuts();
    const core = coreWith(dir, port);
    expect((await core.settings.get()).quickSearchShortcut).toBeNull();
    expect(port.registered.size).toBe(0);

    const saved = await core.handle('settings.set', { quickSearchShortcut: 'ctrl+alt+k' });
    expect(saved).toMatchObject({ ok: true, value: { quickSearchShortcut: 'Ctrl+Alt+K' } });
    expect([...port.registered]).toEqual(['Ctrl+Alt+K']);

    port.taken.add('Super+K');
    const taken = await core.handle('settings.set', { quickSearchShortcut: 'Super+K' });
    expect(taken).toMatchObject({
      ok: false,
      message: expect.stringContaining('already used by another app') as string,
    });
    expect((await core.settings.get()).quickSearchShortcut).toBe('Ctrl+Alt+K');

    const bad = await core.handle('settings.set', { quickSearchShortcut: 'Shift+K' });
    expect(bad).toMatchObject({ ok: false, code: 'invalid' });
    if (!bad.ok) expect(bad.message).toContain('That shortcut is not valid');
    expect([...port.registered]).toEqual(['Ctrl+Alt+K']);

    await core.handle('settings.set', { quickSearchShortcut: null });
    expect(port.registered.size).toBe(0);
  });

  it('registers the stored shortcut when the app starts', async () => {
    const dir = await tempDir();
    await coreWith(dir, new FakeShortcuts()).handle('settings.set', {
      quickSearchShortcut: 'Alt+Shift+Space',
    });
    const port = new FakeShortcuts();
    coreWith(dir, port);
    await expect.poll(() => [...port.registered]).toEqual(['Alt+Shift+Space']);
  });
});
