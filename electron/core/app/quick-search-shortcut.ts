// The global shortcut that opens the quick-search palette (Settings, off by default). Main's
// adapter registers it with Electron's globalShortcut; this decides when, so the rules are
// unit-tested with a fake port. Invariant: the setting is saved only once its shortcut is
// registered (another app may hold it), and a failed save puts the previous one back.
import { KeywardError } from '../errors';

/** Electron's globalShortcut, reduced to what Keyward does with it. */
export interface GlobalShortcutPort {
  /** Registers the accelerator to open the palette; false when another app holds it. */
  register(accelerator: string): boolean;
  unregister(accelerator: string): void;
}

export class QuickSearchShortcut {
  private current: string | null = null;

  constructor(private readonly port: GlobalShortcutPort) {}

  /** The accelerator registered now (null: none). */
  get registered(): string | null {
    return this.current;
  }

  /**
   * Registers `next` in place of the current one (null switches it off). When `next` cannot
   * be registered, the current one stays and the error says what to do.
   */
  apply(next: string | null): void {
    if (next === this.current) return;
    if (next !== null && !this.register(next)) {
      throw new KeywardError(
        'invalid-input',
        `The shortcut ${next} is already used by another app; choose another one. Nothing was changed.`,
      );
    }
    if (this.current !== null) this.port.unregister(this.current);
    this.current = next;
  }

  /** Registers `next`, then runs `save`; if saving fails, the previous shortcut comes back. */
  async change<T>(next: string | null, save: () => Promise<T>): Promise<T> {
    const previous = this.current;
    this.apply(next);
    try {
      return await save();
    } catch (error) {
      try {
        this.apply(previous);
      } catch {
        // The previous one was taken meanwhile: none stays registered.
        this.stop();
      }
      throw error;
    }
  }

  /** The stored setting at start; a shortcut another app took meanwhile is left off. */
  start(stored: string | null): boolean {
    try {
      this.apply(stored);
      return true;
    } catch {
      return false;
    }
  }

  stop(): void {
    if (this.current !== null) this.port.unregister(this.current);
    this.current = null;
  }

  private register(accelerator: string): boolean {
    try {
      return this.port.register(accelerator);
    } catch {
      return false; // Electron throws for an accelerator it cannot parse on this platform
    }
  }
}
