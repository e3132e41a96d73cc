// The tray's presenter on a real core (issue 13 §2): copies record lastCopiedAt and fill the
// recent keys; a copy from the tray passes the same secret-access gate as the app's; a
// refused confirmation copies nothing; lock empties the list; the language follows Settings.
import { describe, expect, it } from 'vitest';
import type { RequestOf } from '../../../shared/ipc/contract';
import { call, createTestCore } from '../app/testing';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import type { TrayMenuItem, TrayMenuModel } from './tray-menu';
import { TrayPresenter } from './tray-presenter';

function addRequest(n: number): RequestOf<'keys.add'> {
  const input = sampleKey(n);
  return { ...input, apiKey: input.apiKey ?? '' };
}

const names = (model: TrayMenuModel) =>
  model.items.filter((i) => i.type === 'submenu').map((i) => (i as { label: string }).label);

function find(model: TrayMenuModel, label: string): TrayMenuItem {
  const item = model.items.find((i) => i.type !== 'separator' && i.label === label);
  if (!item) throw new Error(`no item ${label}`);
  return item;
}

async function setup(keyCount: number) {
  const core = createTestCore(await tempDir());
  await call(core, 'vault.create', {});
  const keys = [];
  for (let n = 1; n <= keyCount; n++) keys.push(await call(core, 'keys.add', addRequest(n)));
  const rendered: TrayMenuModel[] = [];
  const opened: string[] = [];
  const presenter = new TrayPresenter({
    core,
    view: { render: (model) => rendered.push(model) },
    open: () => opened.push('open'),
    lock: (reason) => void core.lock(reason),
    quit: () => opened.push('quit'),
  });
  const last = () => rendered.at(-1)!;
  return { core, keys, presenter, last, opened };
}

describe('TrayPresenter', () => {
  it('lists the keys copied in the app, newest first, at most five', async () => {
    const { core, keys, presenter, last } = await setup(7);
    await presenter.refresh();
    expect(find(last(), 'No key copied yet')).toMatchObject({ enabled: false });
    for (const k of keys) {
      await call(core, 'keys.copy', { keyId: k.id, field: 'apiKey' });
      core.scheduler.advance(1000);
      await presenter.afterRequest('keys.copy', true);
    }
    expect(names(last())).toEqual(
      ['000007', '000006', '000005', '000004', '000003'].map((n) => `Bot ${n} - Trading`),
    );
    const detail = await call(core, 'keys.get', { keyId: keys[0]!.id });
    expect(detail.history.at(-1)).toMatchObject({ type: 'copied', detail: 'API key copied' });
    // Recorded on the key itself (lastCopiedAt), at the copy's time.
    const newest = (await core.session.requireOpen().store.read()).keys.find(
      (k) => k.id === keys[6]!.id,
    );
    expect(newest?.lastCopiedAt).toBeDefined();
    expect(newest?.lastCopiedAt).toBe(newest?.history.at(-1)?.at);
  });

  it('a copy from the tray asks main for confirmation, like the app; a refusal copies nothing', async () => {
    const { core, keys, presenter } = await setup(1);
    const keyId = keys[0]!.id;
    core.secretAccess.reply = 'refuse';
    await presenter.run({ type: 'copy', keyId, field: 'secret' });
    expect(core.secretAccess.asked).toEqual([
      { label: 'Bot 000001 - Trading', action: 'copy', field: 'secret', kind: 'confirm' },
    ]);
    expect(await core.board.readText()).toBe('');
    expect((await call(core, 'keys.get', { keyId })).history.map((e) => e.type)).not.toContain(
      'copied',
    );

    core.secretAccess.reply = 'approve';
    await presenter.run({ type: 'copy', keyId, field: 'secret' });
    expect(core.secretAccess.asked).toHaveLength(2);
    expect(await core.board.readText()).toBe(sampleKey(1).secret);
  });

  it('locked: no key named, nothing to copy; a copy clicked meanwhile opens the window', async () => {
    const { core, keys, presenter, last, opened } = await setup(1);
    await call(core, 'keys.copy', { keyId: keys[0]!.id, field: 'apiKey' });
    await presenter.refresh();
    expect(names(last())).toEqual(['Bot 000001 - Trading']);
    await presenter.run({ type: 'lock' });
    expect(core.session.isUnlocked).toBe(false);
    expect(names(last())).toEqual([]);
    expect(find(last(), 'Lock')).toMatchObject({ enabled: false });
    expect(find(last(), 'Unlock Keyward to copy a key')).toMatchObject({ enabled: false });
    await presenter.run({ type: 'copy', keyId: keys[0]!.id, field: 'secret' });
    expect(opened).toEqual(['open']);
    expect(await core.board.readText()).toBe('');
  });

  it('speaks the language chosen in Settings, with the attention count', async () => {
    const { core, presenter, last } = await setup(0);
    await call(core, 'settings.set', { language: 'zh-CN' });
    await presenter.afterRequest('settings.set', true);
    await presenter.setAttention(2);
    expect(last().tooltip).toBe('Keyward：2 个密钥需要处理');
    expect(find(last(), '锁定')).toMatchObject({ enabled: true });
  });

  it('refreshes only after requests that can change the menu', async () => {
    const { presenter, last } = await setup(0);
    await presenter.refresh();
    const before = last();
    await presenter.afterRequest('keys.list', true);
    await presenter.afterRequest('keys.copy', false);
    expect(last()).toBe(before);
    await presenter.afterRequest('keys.copy', true);
    expect(last()).not.toBe(before);
  });
});
