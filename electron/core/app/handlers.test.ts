// Valid requests reach core and do what the channel promises, driven through core.handle
// (the same parse-and-dispatch path Electron's main process and the e2e harness use).
import { describe, expect, it } from 'vitest';
import type { ChannelName, RequestOf } from '../../../shared/ipc/contract';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { absentKeychain } from '../vault/keychain';
import { REVEAL_SECONDS } from './handlers';
import { call, createTestCore, type TestCore } from './testing';

async function refused(core: TestCore, channel: ChannelName, request: unknown) {
  const result = await core.handle(channel, request);
  if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return result;
}

/** sampleKey as an IPC request (its apiKey is always set). */
function addRequest(n: number, extra: Partial<RequestOf<'keys.add'>> = {}): RequestOf<'keys.add'> {
  const input = sampleKey(n);
  return { ...input, apiKey: input.apiKey ?? '', ...extra };
}

async function unlockedWithKey(options: { passphrase?: string } = {}) {
  const core = createTestCore(await tempDir());
  await call(core, 'vault.create', options);
  const key = await call(core, 'keys.add', addRequest(1, { service: 'CoinTracker' }));
  return { core, key };
}

describe('IPC handlers over core', () => {
  it('vault.status/create/lock/unlock walk the vault through its states', async () => {
    const core = createTestCore(await tempDir());
    expect(await call(core, 'vault.status', {})).toMatchObject({ state: 'none' });
    const created = await call(core, 'vault.create', {});
    expect(created.status.state).toBe('unlocked');
    expect(created.recoveryKey).toMatch(/\w{4}/);
    expect((await call(core, 'vault.lock', {})).state).toBe('locked');
    expect(core.events).toContainEqual({ event: 'locked', payload: { reason: 'user' } });
    expect(await refused(core, 'keys.list', {})).toMatchObject({ code: 'locked' });
    expect((await call(core, 'vault.unlock', {})).state).toBe('unlocked');
    expect(await refused(core, 'vault.create', {})).toMatchObject({ code: 'vault-exists' });
  });

  it('without a keychain, a passphrase vault is created and unlocked with the passphrase', async () => {
    const core = createTestCore(await tempDir(), { keychain: absentKeychain() });
    const created = await call(core, 'vault.create', {
      passphrase: 'correct horse battery',
      keepKeychain: false,
    });
    expect(created.status).toMatchObject({ keychainAvailable: false, keychainKept: false });
    await call(core, 'vault.lock', {});
    expect(await refused(core, 'vault.unlock', {})).toMatchObject({ code: 'passphrase-required' });
    expect(await call(core, 'vault.unlock', { passphrase: 'correct horse battery' })).toMatchObject(
      {
        state: 'unlocked',
      },
    );
  });

  it('vault.recover opens with the recovery key', async () => {
    const dir = await tempDir();
    const first = createTestCore(dir);
    const { recoveryKey } = await call(first, 'vault.create', {});
    const other = createTestCore(dir); // a fresh keychain: the entry is "lost"
    expect(await refused(other, 'vault.unlock', {})).toMatchObject({ code: 'vault-key-missing' });
    expect(await refused(other, 'vault.recover', { recoveryKey: 'AAAA-BBBB' })).toMatchObject({
      code: 'wrong-recovery-key',
    });
    expect((await call(other, 'vault.recover', { recoveryKey })).state).toBe('unlocked');
  });

  it('keys.add/list/get/edit/remove manage records without ever returning the secret', async () => {
    const { core, key } = await unlockedWithKey();
    const secret = sampleKey(1).secret;
    expect(key.label).toBe(sampleKey(1).label);
    const list = await call(core, 'keys.list', {});
    expect(list.total).toBe(1);
    expect(list.keys.map((k) => k.id)).toEqual([key.id]);
    const detail = await call(core, 'keys.get', { keyId: key.id });
    expect(detail.history.map((e) => e.type)).toEqual(['created']);
    expect(detail.service).toBe('CoinTracker');
    const edited = await call(core, 'keys.edit', {
      keyId: key.id,
      patch: { label: 'CoinTracker - Read Only', notes: 'tax' },
    });
    expect(edited.label).toBe('CoinTracker - Read Only');
    for (const reply of [key, list, detail, edited]) {
      expect(JSON.stringify(reply)).not.toContain(secret);
      expect(JSON.stringify(reply)).not.toContain(sampleKey(1).apiKey);
    }
    expect(await refused(core, 'keys.get', { keyId: 'nope' })).toMatchObject({ code: 'not-found' });
    expect(await call(core, 'keys.remove', { keyId: key.id })).toBeNull();
    expect(await call(core, 'keys.list', {})).toMatchObject({ total: 0, keys: [] });
  });

  it('keys.add refuses what core refuses, with code invalid and nothing saved', async () => {
    const { core } = await unlockedWithKey();
    const bad = await refused(core, 'keys.add', addRequest(2, { ipWhitelist: ['300.1.1.1'] }));
    expect(bad.code).toBe('invalid');
    expect(bad.message).not.toContain(sampleKey(2).secret);
    const clash = await refused(core, 'keys.add', addRequest(1));
    expect(clash.code).toBe('invalid');
    expect((await call(core, 'keys.list', {})).total).toBe(1);
  });

  it('keys.copy writes the clipboard in main and returns only when it clears', async () => {
    const { core, key } = await unlockedWithKey();
    const reply = await call(core, 'keys.copy', { keyId: key.id, field: 'secret' });
    expect(reply).toEqual({ clearsAt: '2026-01-01T00:00:30.000Z' });
    expect(core.board.text).toBe(sampleKey(1).secret);
    core.scheduler.advance(30_000);
    await new Promise((resolve) => setImmediate(resolve)); // the clipboard is asynchronous
    expect(core.board.text).toBe('');
    expect(core.events).toContainEqual({ event: 'clipboardCleared', payload: { reason: 'timer' } });
    await call(core, 'settings.set', { clipboardClearSeconds: null });
    expect(await call(core, 'keys.copy', { keyId: key.id, field: 'apiKey' })).toEqual({
      clearsAt: null,
    });
    expect(core.board.text).toBe(sampleKey(1).apiKey);
    const history = (await call(core, 'keys.get', { keyId: key.id })).history;
    expect(history.filter((e) => e.type === 'copied')).toHaveLength(2);
    expect(JSON.stringify(history)).not.toContain(sampleKey(1).secret);
  });

  it('keys.copy tells the page which key and field are on the clipboard; "Clear now" clears', async () => {
    const { core, key } = await unlockedWithKey();
    expect(await call(core, 'clipboard.status', {})).toBeNull();
    await call(core, 'keys.copy', { keyId: key.id, field: 'secret' });
    const view = {
      keyId: key.id,
      label: key.label,
      field: 'secret',
      clearsAt: '2026-01-01T00:00:30.000Z',
    };
    expect(core.events).toContainEqual({ event: 'clipboardCopied', payload: view });
    expect(await call(core, 'clipboard.status', {})).toEqual(view);
    expect(JSON.stringify(core.events)).not.toContain(sampleKey(1).secret);

    expect(await call(core, 'clipboard.clear', {})).toBeNull();
    expect(core.board.text).toBe('');
    expect(core.events).toContainEqual({ event: 'clipboardCleared', payload: { reason: 'user' } });
    expect(await call(core, 'clipboard.status', {})).toBeNull();
  });

  it("keys.copyEnv copies `keyward exec`'s variables through the secret's gate", async () => {
    const core = createTestCore(await tempDir());
    await call(core, 'vault.create', {});
    const input = sampleKey(2, { provider: 'okx', passphrase: 'Okx-pass-1' });
    const key = await call(core, 'keys.add', { ...input, apiKey: input.apiKey ?? '' });

    core.secretAccess.reply = 'refuse';
    expect((await refused(core, 'keys.copyEnv', { keyId: key.id })).code).toBe('refused');
    expect(core.board.text).toBe('');

    core.secretAccess.reply = 'approve';
    const reply = await call(core, 'keys.copyEnv', { keyId: key.id });
    expect(reply).toEqual({ clearsAt: '2026-01-01T00:00:30.000Z' });
    expect(core.board.text).toBe(
      `OKX_API_KEY=${input.apiKey}\nOKX_API_SECRET=${input.secret}\nOKX_API_PASSPHRASE=Okx-pass-1\n`,
    );
    expect(core.secretAccess.asked.map((a) => [a.action, a.field])).toEqual([
      ['copy', 'secret'],
      ['copy', 'secret'],
    ]);
    expect(core.events).toContainEqual({
      event: 'clipboardCopied',
      payload: { keyId: key.id, label: key.label, field: 'env', clearsAt: reply.clearsAt },
    });
    core.scheduler.advance(30_000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(core.board.text).toBe('');
    const history = (await call(core, 'keys.get', { keyId: key.id })).history;
    expect(history.at(-1)?.detail).toBe('API key and secret copied as .env');
  });

  it('keys.reveal returns one value for a limited time and records it', async () => {
    const { core, key } = await unlockedWithKey();
    const reply = await call(core, 'keys.reveal', { keyId: key.id, field: 'secret' });
    expect(reply.value).toBe(sampleKey(1).secret);
    expect(reply.hideAt).toBe(new Date(Date.UTC(2026, 0, 1, 0, 0, REVEAL_SECONDS)).toISOString());
    const history = (await call(core, 'keys.get', { keyId: key.id })).history;
    expect(history.at(-1)?.type).toBe('revealed');
  });

  it('findings.list reports the vault findings, for one key or all', async () => {
    const { core, key } = await unlockedWithKey();
    await call(core, 'keys.edit', {
      keyId: key.id,
      patch: { permissions: { read: true, spotMargin: true, futures: false, withdrawals: true } },
    });
    const forKey = await call(core, 'findings.list', { keyId: key.id });
    expect(forKey.map((f) => f.rule)).toContain('withdrawals-enabled');
    expect(forKey.every((f) => f.keyId === key.id)).toBe(true);
    expect((await call(core, 'findings.list', {})).length).toBeGreaterThanOrEqual(forKey.length);
    expect(await refused(core, 'findings.list', { keyId: 'nope' })).toMatchObject({
      code: 'not-found',
    });
  });

  it('services.list shows each service with its keys', async () => {
    const { core, key } = await unlockedWithKey();
    const services = await call(core, 'services.list', {});
    expect(services).toHaveLength(1);
    expect(services[0]).toMatchObject({ name: 'CoinTracker', keyIds: [key.id] });
  });

  it('settings.get/set: defaults, validated changes persisted beside the vault', async () => {
    const dir = await tempDir();
    const core = createTestCore(dir);
    expect(await call(core, 'settings.get', {})).toMatchObject({
      clipboardClearSeconds: 30,
      autoLockMinutes: 10,
    });
    await call(core, 'settings.set', { autoLockMinutes: 5, language: 'zh-CN' });
    expect(await call(createTestCore(dir), 'settings.get', {})).toMatchObject({
      autoLockMinutes: 5,
      language: 'zh-CN',
      theme: 'system',
    });
    expect(await refused(core, 'settings.set', { clipboardClearSeconds: 4 })).toMatchObject({
      code: 'invalid',
    });
  });

  it("app.openExternal opens the exchanges' API-management pages only", async () => {
    const core = createTestCore(await tempDir());
    await call(core, 'app.openExternal', {
      url: 'https://www.binance.com/en/my/settings/api-management',
    });
    for (const url of [
      'http://www.binance.com/',
      'https://evil.example/',
      'file:///etc/passwd',
      'https://user:pw@www.binance.com/',
      'javascript:alert(1)',
      // An allowlisted host, but not the page: a path, query or fragment could carry data.
      'https://www.binance.com/',
      'https://www.binance.com/en/my/settings/api-management/x',
      'https://www.binance.com/en/my/settings/api-management?d=secret',
      'https://www.binance.com/en/my/settings/api-management?',
      'https://www.binance.com/en/my/settings/api-management#secret',
    ]) {
      expect(await refused(core, 'app.openExternal', { url })).toMatchObject({ code: 'invalid' });
    }
    expect(core.opened).toEqual(['https://www.binance.com/en/my/settings/api-management']);
  });

  it('an unexpected failure answers internal with a fixed sentence', async () => {
    const core = createTestCore(await tempDir());
    core.handlers['keys.list'] = () => Promise.reject(new Error('SECRET-IN-MESSAGE'));
    const result = await refused(core, 'keys.list', {});
    expect(result.code).toBe('internal');
    expect(result.message).not.toContain('SECRET');
  });
});
