// The app's settings: a small non-secret JSON file beside the vault (settings.json), readable
// while locked (auto-lock and clipboard delays apply before unlocking). A missing or damaged
// file means the defaults; a change is validated, merged and written atomically.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { settingsPatchRequest } from '../../../shared/ipc/requests';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/ipc/views';
import { KeywardError } from '../errors';
import { writeFileAtomic } from '../vault/atomic-write';
import { ensureVaultDir } from '../vault/vault-file';

export const SETTINGS_FILE = 'settings.json';

const storedSettingsSchema = settingsPatchRequest.required();

export type SettingsPatch = z.output<typeof settingsPatchRequest>;

export class SettingsStore {
  private cached: Settings | null = null;
  /** Changes run one after another, so two overlapping patches both survive. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners: ((settings: Settings) => void)[] = [];

  constructor(private readonly dir: string) {}

  get file(): string {
    return path.join(this.dir, SETTINGS_FILE);
  }

  async get(): Promise<Settings> {
    if (this.cached) return { ...this.cached };
    let stored: unknown = {};
    try {
      stored = JSON.parse(await readFile(this.file, 'utf8'));
    } catch {
      // Absent or unreadable: the defaults, and the next change writes a good file.
    }
    const merged = { ...DEFAULT_SETTINGS };
    const parsed = settingsPatchRequest.safeParse(stored);
    if (parsed.success) {
      for (const [name, value] of Object.entries(parsed.data)) {
        if (value !== undefined) (merged as Record<string, unknown>)[name] = value;
      }
    }
    this.cached = merged;
    return { ...merged };
  }

  /** Told after every saved change (the idle lock and reminder cadence follow it). */
  onChange(listener: (settings: Settings) => void): void {
    this.listeners.push(listener);
  }

  set(patch: unknown): Promise<Settings> {
    const run = this.queue.then(() => this.apply(patch));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async apply(patch: unknown): Promise<Settings> {
    const parsed = settingsPatchRequest.safeParse(patch);
    if (!parsed.success) {
      throw new KeywardError('invalid-input', 'Those settings are not valid; nothing was changed.');
    }
    const next = { ...(await this.get()) };
    for (const [name, value] of Object.entries(parsed.data)) {
      if (value !== undefined) (next as Record<string, unknown>)[name] = value;
    }
    const checked = storedSettingsSchema.parse(next);
    await ensureVaultDir(this.dir);
    await writeFileAtomic(this.file, `${JSON.stringify(checked, null, 2)}\n`);
    this.cached = next;
    for (const listener of this.listeners) listener({ ...next });
    return { ...next };
  }
}
