// Keeps the tray menu in step with the vault and runs what is clicked in it. Main's Tray
// adapter only renders the model (tray-menu.ts) and calls `run`.
// Invariant: a copy from the tray is an ordinary `keys.copy` request through core's handler,
// so it passes the same secret-access gate as the app (rate limit, main's confirmation);
// the tray never reads a secret itself.
import type { LockReason } from '../../../shared/ipc/contract';
import type { KeywardCore } from '../app/keyward-core';
import { buildTrayMenu, recentlyCopied, type TrayAction, type TrayMenuModel } from './tray-menu';

export interface TrayView {
  render(model: TrayMenuModel): void;
}

/** Successful requests after which the menu may read differently (keys, labels, language). */
export const TRAY_REFRESH_CHANNELS: ReadonlySet<string> = new Set([
  'vault.create',
  'vault.unlock',
  'vault.recover',
  'vault.rekey',
  'vault.lock',
  'keys.add',
  'keys.edit',
  'keys.remove',
  'keys.restore',
  'keys.copy',
  'keys.setApiKey',
  'rotation.finish',
  'import.commit',
  'settings.set',
]);

export interface TrayPresenterDeps {
  core: Pick<KeywardCore, 'session' | 'settings' | 'handle'>;
  view: TrayView;
  open: () => void;
  lock: (reason: LockReason) => void;
  quit: () => void;
}

export class TrayPresenter {
  private attention = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly deps: TrayPresenterDeps) {}

  /** Rebuilds the menu from the vault's state now (one at a time, in order). */
  refresh(): Promise<void> {
    const run = this.queue.then(() => this.render());
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The reminder check's count of keys needing attention. */
  setAttention(count: number): Promise<void> {
    this.attention = count;
    return this.refresh();
  }

  /** Told after each request the window made; refreshes when the menu may have changed. */
  afterRequest(channel: unknown, ok: boolean): Promise<void> {
    return ok && typeof channel === 'string' && TRAY_REFRESH_CHANNELS.has(channel)
      ? this.refresh()
      : Promise.resolve();
  }

  /** What a click on a menu item does. */
  async run(action: TrayAction): Promise<void> {
    switch (action.type) {
      case 'open':
        return this.deps.open();
      case 'lock':
        this.deps.lock('user');
        return this.refresh();
      case 'quit':
        return this.deps.quit();
      case 'copy': {
        const result = await this.deps.core.handle('keys.copy', {
          keyId: action.keyId,
          field: action.field,
        });
        // Locked meanwhile: the window is where the user unlocks. A refusal says nothing.
        if (!result.ok && result.code === 'locked') this.deps.open();
        return this.refresh();
      }
    }
  }

  private async render(): Promise<void> {
    const { session, settings } = this.deps.core;
    const { language } = await settings.get();
    const locked = !session.isUnlocked;
    let recent: ReturnType<typeof recentlyCopied> = [];
    if (!locked) {
      try {
        recent = recentlyCopied((await session.requireOpen().store.read()).keys);
      } catch {
        // Locked or unreadable meanwhile: the menu lists no key.
      }
    }
    this.deps.view.render(buildTrayMenu({ language, locked, attention: this.attention, recent }));
  }
}
