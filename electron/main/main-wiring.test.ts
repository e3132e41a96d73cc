// The main process's wiring, with a stand-in for the 'electron' module: sandbox and
// single-instance first, the privileged app:// scheme before ready, secure webPreferences,
// refusals of navigation/new windows/webviews/permissions, CSP, sender checks, events.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc/contract';
import { tempDir } from '../core/test/temp-dir';
import { memoryKeychain } from '../core/vault/keychain';
import { startApp } from './app-main';
import { CONTENT_SECURITY_POLICY } from './security-policy';
import * as electron from './test/fake-electron';

vi.mock('electron', () => import('./test/fake-electron'));

const { app, BrowserWindow, calls, ipcMain, protocol, session, powerMonitor, Notification } =
  electron;

async function start() {
  const root = await tempDir();
  const renderer = path.join(root, 'renderer');
  await mkdir(path.join(renderer, 'assets'), { recursive: true });
  await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>Keyward</title>');
  await writeFile(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(root, 'outside.txt'), 'outside the renderer');
  const running = await startApp(
    {
      preload: '/app/out/preload/preload.cjs',
      renderer,
      promptPreload: '/app/out/preload/prompt-preload.cjs',
      prompt: path.join(root, 'prompt'),
      vault: path.join(root, 'vault'),
    },
    memoryKeychain(),
  );
  if (!running) throw new Error('not started');
  const window = BrowserWindow.instances.at(-1)!;
  return { running, window, root, renderer };
}

function invoke(channel: string, payload: unknown, event: Record<string, unknown>) {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, payload);
}

function trustedEvent(window: electron.BrowserWindow) {
  return { sender: window.webContents, senderFrame: window.webContents.mainFrame };
}

beforeEach(() => {
  calls.length = 0;
  BrowserWindow.instances.length = 0;
  Notification.instances.length = 0;
  app.listeners.clear();
  powerMonitor.listeners.clear();
  ipcMain.handlers.clear();
  protocol.handlers.clear();
  protocol.privileged.length = 0;
  app.singleInstance = true;
});

/** What Electron passes to 'before-quit': the app may hold the quit with preventDefault. */
const quitEvent = () => ({
  defaultPrevented: false,
  preventDefault() {
    this.defaultPrevented = true;
  },
});
const settled = () => new Promise((resolve) => setImmediate(resolve));

afterEach(async () => {
  app.emit('before-quit', quitEvent()); // stops the idle poll, reminder loop and folder watcher
  await settled();
});

describe('main process wiring', () => {
  it('enables the sandbox, registers app:// as privileged, then waits for ready', async () => {
    await start();
    expect(calls.indexOf('app.enableSandbox')).toBe(0);
    expect(calls.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(
      calls.indexOf('app.whenReady'),
    );
    expect(calls.indexOf('protocol.handle')).toBeGreaterThan(calls.indexOf('app.whenReady'));
    expect(protocol.privileged).toEqual([
      {
        scheme: 'app',
        privileges: {
          standard: true,
          secure: true,
          supportFetchAPI: false,
          corsEnabled: false,
          codeCache: true,
        },
      },
    ]);
  });

  it('quits when another instance already runs', async () => {
    app.singleInstance = false;
    const quits = app.quitCalls;
    const paths = { preload: 'p', renderer: 'r', promptPreload: 'pp', prompt: 'q', vault: 'v' };
    expect(await startApp(paths, memoryKeychain())).toBe(null);
    expect(app.quitCalls).toBe(quits + 1);
    expect(BrowserWindow.instances).toEqual([]);
  });

  it('opens one window with secure webPreferences on app://keyward', async () => {
    const { window } = await start();
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      preload: '/app/out/preload/preload.cjs',
    });
    expect(window.loadedUrl).toBe('app://keyward/index.html');
  });

  it('refuses navigation, redirects, new windows and webviews in every web contents', async () => {
    const { window } = await start();
    const contents = window.webContents;
    for (const event of [
      'will-navigate',
      'will-frame-navigate',
      'will-redirect',
      'will-attach-webview',
    ]) {
      const prevented = vi.fn();
      contents.emit(event, { preventDefault: prevented }, 'https://evil.example/');
      expect(prevented, event).toHaveBeenCalled();
    }
    expect(contents.windowOpenHandler?.({ url: 'https://www.binance.com/' })).toEqual({
      action: 'deny',
    });
    // Contents created later (any window) get the same treatment.
    const later = new electron.FakeWebContents();
    app.emit('web-contents-created', {}, later);
    expect(later.windowOpenHandler?.({ url: 'https://x.example/' })).toEqual({ action: 'deny' });
  });

  it('refuses every permission request and check', async () => {
    await start();
    const ses = session.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const cb = vi.fn();
      ses.permissionRequest?.({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
      expect(ses.permissionCheck?.({}, permission)).toBe(false);
    }
    expect(ses.devicePermission?.({})).toBe(false);
  });

  it('adds the CSP to app responses and cancels every request that is not app://', async () => {
    await start();
    const ses = session.defaultSession;
    const headers = vi.fn();
    ses.headersReceived?.({ url: 'app://keyward/index.html', responseHeaders: {} }, headers);
    const csp = (headers.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> })
      .responseHeaders['Content-Security-Policy']?.[0];
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain('script-src app://keyward;');
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    for (const [url, cancel] of [
      ['app://keyward/assets/app.js', false],
      ['https://evil.example/x.js', true],
      ['http://localhost:5173/', true],
      ['file:///etc/passwd', true],
    ] as const) {
      const cb = vi.fn();
      ses.beforeRequest?.({ url }, cb);
      expect(cb, url).toHaveBeenCalledWith({ cancel });
    }
  });

  it('serves only the renderer folder on app://keyward, with the CSP', async () => {
    const { root, renderer } = await start();
    await symlink(path.join(root, 'outside.txt'), path.join(renderer, 'link.txt'));
    const handler = protocol.handlers.get('app')!;
    const get = (url: string, method = 'GET') => handler(new Request(url, { method }));
    const index = await get('app://keyward/index.html');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(index.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await (await get('app://keyward/')).text()).toContain('<title>Keyward');
    expect((await get('app://keyward/assets/app.js')).headers.get('content-type')).toContain(
      'javascript',
    );
    for (const url of [
      'app://keyward/../outside.txt',
      'app://keyward/%2e%2e/outside.txt',
      'app://keyward/assets/..%2f..%2foutside.txt',
      'app://keyward/link.txt',
      'app://other/index.html',
      'app://keyward/missing.js',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('outside the renderer');
    }
    expect((await get('app://keyward/index.html', 'POST')).status).toBe(405);
  });

  it('registers exactly the contract channels and checks the sender of each call', async () => {
    const { window } = await start();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    const ok = await invoke('vault.status', {}, trustedEvent(window));
    expect(ok).toMatchObject({ ok: true, value: { state: 'none' } });
    const other = new electron.FakeWebContents();
    const subframe = new electron.FakeFrame(
      'app://keyward/index.html',
      window.webContents.mainFrame,
    );
    const forbidden = [
      { sender: window.webContents, senderFrame: null },
      { sender: other, senderFrame: other.mainFrame },
      { sender: window.webContents, senderFrame: subframe },
      {
        sender: window.webContents,
        senderFrame: new electron.FakeFrame('app://keyward/index.html'),
      },
    ];
    for (const event of forbidden) {
      expect(await invoke('vault.create', {}, event)).toMatchObject({
        ok: false,
        code: 'forbidden',
      });
    }
    window.webContents.mainFrame.url = 'file:///tmp/evil.html';
    expect(await invoke('vault.status', {}, trustedEvent(window))).toMatchObject({
      code: 'forbidden',
    });
    window.webContents.mainFrame.url = 'app://keyward/index.html';
    expect(await invoke('vault.status', {}, trustedEvent(window))).toMatchObject({ ok: true });
    // Nothing was created by the refused calls.
    expect(await invoke('vault.status', {}, trustedEvent(window))).toMatchObject({
      value: { state: 'none' },
    });
  });

  it('parses every payload: malformed ones answer invalid and change nothing', async () => {
    const { window } = await start();
    const event = trustedEvent(window);
    for (const payload of [
      null,
      'x',
      { passphrase: 5 },
      { extra: true },
      JSON.parse('{"__proto__":{}}'),
    ]) {
      expect(await invoke('vault.create', payload, event)).toMatchObject({
        ok: false,
        code: 'invalid',
      });
    }
    expect(await invoke('vault.status', {}, event)).toMatchObject({ value: { state: 'none' } });
  });

  it('locks on suspend and screen lock, clearing the clipboard and telling the renderer', async () => {
    const { window } = await start();
    const event = trustedEvent(window);
    await invoke('vault.create', {}, event);
    const input = {
      label: 'Bot - Trading',
      provider: 'binance',
      apiKey: 'APIKEY0001vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco1',
      secret: 'SECRET0001NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvq',
    };
    const added = (await invoke('keys.add', input, event)) as { value: { id: string } };
    await invoke('keys.copy', { keyId: added.value.id, field: 'secret' }, event);
    expect(electron.clipboard.text).toBe(input.secret);
    powerMonitor.emit('lock-screen');
    await settled(); // the clipboard is asynchronous
    expect(electron.clipboard.text).toBe('');
    expect(window.webContents.sent).toContainEqual({
      channel: 'keyward-event:locked',
      payload: { reason: 'screen-lock' },
    });
    expect(await invoke('keys.list', {}, event)).toMatchObject({ ok: false, code: 'locked' });
    await invoke('vault.unlock', {}, event);
    powerMonitor.emit('suspend');
    await settled();
    expect(window.webContents.sent).toContainEqual({
      channel: 'keyward-event:locked',
      payload: { reason: 'suspend' },
    });
  });

  it('a clicked notification opens the app on that key', async () => {
    const { running, window } = await start();
    running.notifier.notify({
      title: 'Key rotation coming up',
      body: 'An API key is due.',
      keyId: 'k42',
    });
    const shown = Notification.instances.at(-1)!;
    expect(shown.options).toMatchObject({ title: 'Key rotation coming up' });
    shown.emit('click');
    expect(window.webContents.sent).toContainEqual({
      channel: 'keyward-event:openKey',
      payload: { keyId: 'k42' },
    });
  });

  it('the tray shows how many keys need attention, and its Lock item locks', async () => {
    const { running, window } = await start();
    await invoke('vault.create', {}, trustedEvent(window));
    await running.tray.setAttention(3);
    const tray = electron.Tray.instances.at(-1)!;
    expect(tray.tooltip).toBe('Keyward: 3 keys need attention');
    const items = (tray.menu as { template: { label?: string; click?: () => void }[] }).template;
    expect(items.map((i) => i.label).filter(Boolean)).toEqual([
      '3 keys need attention',
      'Recently copied',
      'No key copied yet',
      'Open Keyward',
      'Lock',
      'Quit',
    ]);
    items.find((i) => i.label === 'Lock')?.click?.();
    expect(running.core.session.isUnlocked).toBe(false);
  });

  it('the tray lists a key copied in the window and follows the chosen language', async () => {
    const { window } = await start();
    const event = trustedEvent(window);
    await invoke('vault.create', {}, event);
    const key = (await invoke(
      'keys.add',
      {
        label: 'Tax & Reports',
        provider: 'binance',
        useCase: 'tax-reports',
        apiKey: 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A',
        secret: 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j',
      },
      event,
    )) as { ok: true; value: { id: string } };
    await invoke('keys.copy', { keyId: key.value.id, field: 'apiKey' }, event);
    await invoke('settings.set', { language: 'zh-CN' }, event);
    const tray = electron.Tray.instances.at(-1)!;
    type Item = { label?: string; submenu?: { label?: string }[] };
    const items = () => (tray.menu as { template: Item[] }).template;
    // The menu is rebuilt after the request (asynchronously: it reads the vault).
    await vi.waitFor(() => expect(items().map((i) => i.label)).toContain('锁定'));
    const copied = items().find((i) => i.label === 'Tax && Reports');
    expect(copied?.submenu?.map((i) => i.label)).toEqual(['复制 Secret Key', '复制 API Key']);
  });

  it('the quick-search shortcut, once set, shows the window and tells the page to open the palette', async () => {
    const { window } = await start();
    const event = trustedEvent(window);
    expect(electron.globalShortcut.registered.size).toBe(0); // off by default
    await invoke('settings.set', { quickSearchShortcut: 'CommandOrControl+Alt+K' }, event);
    const press = electron.globalShortcut.registered.get('CommandOrControl+Alt+K');
    expect(press).toBeDefined();
    press?.();
    expect(window.webContents.sent).toContainEqual({
      channel: 'keyward-event:quickSearch',
      payload: {},
    });
    await invoke('settings.set', { quickSearchShortcut: null }, event);
    expect(electron.globalShortcut.registered.size).toBe(0);
  });

  it('Windows session end locks the vault', async () => {
    const { running, window } = await start();
    await invoke('vault.create', {}, trustedEvent(window));
    window.emit('session-end');
    expect(running.core.session.isUnlocked).toBe(false);
  });

  it('closing the window locks the vault; quitting clears the clipboard', async () => {
    const { running, window } = await start();
    const event = trustedEvent(window);
    await invoke('vault.create', {}, event);
    app.emit('window-all-closed');
    expect(running.core.session.isUnlocked).toBe(false);
    await invoke('vault.unlock', {}, event);
    await running.core.clipboard.copy('s3cret-value', 30);
    expect(electron.clipboard.text).toBe('s3cret-value');
    // Written together with the concealment marker of this platform (Linux here).
    expect(electron.clipboard.formats).toMatchObject({
      'text/plain': 's3cret-value',
      'electron application/osclipboard;format="x-kde-passwordManagerHint"': 'secret',
    });
    const quitsBefore = app.quitCalls;
    const quitting = quitEvent();
    app.emit('before-quit', quitting);
    // The quit is held until the clipboard is cleared, then resumed.
    expect(quitting.defaultPrevented).toBe(true);
    expect(running.core.session.isUnlocked).toBe(false);
    await settled();
    expect(electron.clipboard.text).toBe('');
    expect(app.quitCalls).toBe(quitsBefore + 1);
    // The resumed quit passes straight through.
    const again = quitEvent();
    app.emit('before-quit', again);
    expect(again.defaultPrevented).toBe(false);
  });

  it('openExternal goes through the allowlist to shell.openExternal', async () => {
    const { window } = await start();
    const event = trustedEvent(window);
    await invoke('app.openExternal', { url: 'https://evil.example/' }, event);
    await invoke(
      'app.openExternal',
      { url: 'https://www.binance.com/en/my/settings/api-management' },
      event,
    );
    expect(electron.shell.opened).toEqual([
      'https://www.binance.com/en/my/settings/api-management',
    ]);
  });
});
