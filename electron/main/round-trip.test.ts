// A round trip over an in-memory transport: the bridge preload builds, against main's
// registration wrapper (sender check included), against the real core on a temporary vault.
// Payloads and replies are structured-cloned, as Electron's IPC does.
import { describe, expect, it } from 'vitest';
import { bridgeSetup as setup } from './test/bridge-setup';

describe('bridge <-> registration round trip', () => {
  it('creates a vault, adds and copies a key, locks, and events arrive', async () => {
    const { api, core, deliver } = await setup();
    expect(await api.vault.status()).toMatchObject({ ok: true, value: { state: 'none' } });
    const created = await api.vault.create({});
    expect(created.ok && created.value.status.state).toBe('unlocked');
    const added = await api.keys.add({
      label: 'CoinTracker - Read Only',
      provider: 'binance',
      useCase: 'portfolio-tracking',
      apiKey: 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A',
      secret: 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j',
    });
    if (!added.ok) throw new Error(added.message);
    const list = await api.keys.list({});
    expect(list.ok && list.value.keys.map((k) => k.label)).toEqual(['CoinTracker - Read Only']);
    const copied = await api.keys.copy({ keyId: added.value.id, field: 'secret' });
    expect(copied).toEqual({ ok: true, value: { clearsAt: '2026-01-01T00:00:30.000Z' } });
    const locks: unknown[] = [];
    const cleared: unknown[] = [];
    api.on('locked', (p) => locks.push(p));
    api.on('clipboardCleared', (p) => cleared.push(p));
    expect((await api.vault.lock()).ok).toBe(true);
    deliver();
    expect(locks).toEqual([{ reason: 'user' }]);
    expect(cleared).toEqual([{ reason: 'lock' }]);
    expect(core.board.text).toBe('');
    expect(await api.keys.list({})).toMatchObject({ ok: false, code: 'locked' });
  });

  it('a malformed request comes back invalid through the whole path', async () => {
    const { api } = await setup();
    const result = await api.vault.create({ passphrase: 'x'.repeat(5000) });
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    expect(await api.vault.status()).toMatchObject({ value: { state: 'none' } });
  });

  it('a sender that is not the top frame is refused before core runs', async () => {
    const { api, mainFrame, setFrame } = await setup();
    setFrame(null);
    expect(await api.vault.create({})).toMatchObject({ ok: false, code: 'forbidden' });
    setFrame({ url: 'app://keyward/index.html', parent: {} });
    expect(await api.vault.create({})).toMatchObject({ ok: false, code: 'forbidden' });
    setFrame({ url: 'app://keyward/index.html', parent: null }); // another frame object
    expect(await api.vault.create({})).toMatchObject({ ok: false, code: 'forbidden' });
    setFrame(mainFrame);
    mainFrame.url = 'https://evil.example/'; // the main frame navigated away
    expect(await api.vault.create({})).toMatchObject({ ok: false, code: 'forbidden' });
    mainFrame.url = 'app://keyward/index.html';
    expect(await api.vault.status()).toMatchObject({ ok: true, value: { state: 'none' } });
  });
});
