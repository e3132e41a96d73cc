// A stand-in for the 'electron' module (the binary is not installed here): records what the
// main process asks of Electron so tests can check the wiring. Used through
// vi.mock('electron', () => import('./test/fake-electron')).
type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener);
  }
  removeListener(event: string, listener: Listener) {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

export const calls: string[] = [];

export class FakeFrame {
  constructor(
    public url: string,
    public parent: FakeFrame | null = null,
  ) {}
}

export class FakeWebContents extends Emitter {
  destroyed = false;
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  readonly mainFrame = new FakeFrame('app://keyward/index.html');
  setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  isDestroyed() {
    return this.destroyed;
  }
}

export class BrowserWindow extends Emitter {
  static instances: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  shown = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
    calls.push('new BrowserWindow');
    app.emit('web-contents-created', {}, this.webContents);
  }
  closed = false;
  loadURL(url: string) {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return this.closed;
  }
  close() {
    if (this.closed) return;
    this.closed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  isMinimized() {
    return false;
  }
  restore() {}
  show() {
    this.shown = true;
  }
  focus() {}
}

class FakeApp extends Emitter {
  singleInstance = true;
  quitCalls = 0;
  isPackaged = false;
  exitCode: number | null = null;
  readonly commandLine = {
    switches: new Set<string>(),
    hasSwitch(name: string) {
      return this.switches.has(name);
    },
  };
  exit(code: number) {
    calls.push('app.exit');
    this.exitCode = code;
  }
  enableSandbox() {
    calls.push('app.enableSandbox');
  }
  requestSingleInstanceLock() {
    calls.push('app.requestSingleInstanceLock');
    return this.singleInstance;
  }
  quit() {
    this.quitCalls++;
  }
  whenReady() {
    calls.push('app.whenReady');
    return Promise.resolve();
  }
}
export const app = new FakeApp();

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  registerSchemesAsPrivileged(schemes: unknown[]) {
    calls.push('protocol.registerSchemesAsPrivileged');
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response) {
    calls.push('protocol.handle');
    this.handlers.set(scheme, handler);
  },
};

type PermissionRequest = (wc: unknown, permission: string, cb: (ok: boolean) => void) => void;
export const session = {
  defaultSession: {
    permissionRequest: null as PermissionRequest | null,
    permissionCheck: null as ((...args: unknown[]) => boolean) | null,
    devicePermission: null as ((...args: unknown[]) => boolean) | null,
    headersReceived: null as Listener | null,
    beforeRequest: null as Listener | null,
    setPermissionRequestHandler(handler: PermissionRequest) {
      this.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
      this.permissionCheck = handler;
    },
    setDevicePermissionHandler(handler: (...args: unknown[]) => boolean) {
      this.devicePermission = handler;
    },
    webRequest: {
      onHeadersReceived(listener: Listener) {
        session.defaultSession.headersReceived = listener;
      },
      onBeforeRequest(listener: Listener) {
        session.defaultSession.beforeRequest = listener;
      },
    },
  },
};

export const ipcMain = {
  handlers: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
  handle(channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  },
};

/** Native message boxes: records each one and answers with the next scripted response. */
export const dialog = {
  shown: [] as { parent: unknown; options: Record<string, unknown> }[],
  response: 0,
  showMessageBox(parentOrOptions: unknown, maybeOptions?: Record<string, unknown>) {
    const options = maybeOptions ?? (parentOrOptions as Record<string, unknown>);
    this.shown.push({ parent: maybeOptions ? parentOrOptions : null, options });
    return Promise.resolve({ response: this.response, checkboxChecked: false });
  },
};

export const shell = {
  opened: [] as string[],
  openExternal(url: string) {
    this.opened.push(url);
    return Promise.resolve();
  },
};

/** Electron's ClipboardItem: one clipboard entry, MIME type (or raw format) to payload. */
export class ClipboardItem {
  constructor(readonly items: Record<string, string>) {}
  get types() {
    return Object.keys(this.items);
  }
}

/** Electron's asynchronous clipboard; `formats` holds every format of the last write. */
export const clipboard = {
  text: '',
  formats: {} as Record<string, string>,
  write(entries: ClipboardItem[]) {
    this.formats = Object.assign({}, ...entries.map((e) => e.items)) as Record<string, string>;
    this.text = this.formats['text/plain'] ?? '';
    return Promise.resolve();
  },
  readText() {
    return Promise.resolve(this.text);
  },
  clear() {
    this.text = '';
    this.formats = {};
  },
};

export class Notification extends Emitter {
  static instances: Notification[] = [];
  static isSupported() {
    return true;
  }
  constructor(readonly options: { title: string; body: string }) {
    super();
    Notification.instances.push(this);
  }
  show() {}
}

class FakePowerMonitor extends Emitter {
  idleSeconds = 0;
  getSystemIdleTime() {
    return this.idleSeconds;
  }
}
export const powerMonitor = new FakePowerMonitor();

export class Tray extends Emitter {
  static instances: Tray[] = [];
  tooltip = '';
  menu: unknown = null;
  constructor(readonly image: unknown) {
    super();
    Tray.instances.push(this);
  }
  setToolTip(text: string) {
    this.tooltip = text;
  }
  setTitle() {}
  setContextMenu(menu: unknown) {
    this.menu = menu;
  }
  isDestroyed() {
    return false;
  }
  destroy() {}
}

/** Electron's globalShortcut: `taken` accelerators belong to another app. */
export const globalShortcut = {
  registered: new Map<string, () => void>(),
  taken: new Set<string>(),
  register(accelerator: string, callback: () => void) {
    if (this.taken.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  },
  unregister(accelerator: string) {
    this.registered.delete(accelerator);
  },
};

export const Menu = { buildFromTemplate: (template: unknown[]) => ({ template }) };
export const nativeImage = { createFromBuffer: (buffer: Buffer) => ({ buffer }) };

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown) {
    this.exposed.set(key, api);
  },
};

export const ipcRenderer = new (class extends Emitter {
  invoked: { channel: string; payload: unknown }[] = [];
  invoke(channel: string, payload: unknown) {
    this.invoked.push({ channel, payload });
    return Promise.resolve({ ok: true, value: null });
  }
})();

export default {
  app,
  BrowserWindow,
  protocol,
  session,
  ipcMain,
  dialog,
  shell,
  clipboard,
  Notification,
  powerMonitor,
  Tray,
  globalShortcut,
  Menu,
  nativeImage,
  contextBridge,
  ipcRenderer,
};
