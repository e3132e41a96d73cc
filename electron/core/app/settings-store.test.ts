import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test/temp-dir';
import { SettingsStore } from './settings-store';

describe('SettingsStore', () => {
  it('keeps both of two overlapping changes', async () => {
    const dir = await tempDir();
    const store = new SettingsStore(dir);
    await Promise.all([store.set({ autoLockMinutes: 5 }), store.set({ language: 'zh-CN' })]);
    expect(await new SettingsStore(dir).get()).toMatchObject({
      autoLockMinutes: 5,
      language: 'zh-CN',
    });
    expect(JSON.parse(await readFile(store.file, 'utf8'))).toMatchObject({
      autoLockMinutes: 5,
      language: 'zh-CN',
    });
  });

  it('a refused change does not block the next one', async () => {
    const store = new SettingsStore(await tempDir());
    await expect(store.set({ autoLockMinutes: 'soon' })).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(store.set({ autoLockMinutes: 15 })).resolves.toMatchObject({
      autoLockMinutes: 15,
    });
  });
});
