// The key list's loading: a first page, then every key; a reload keeps the full list on screen;
// a lock (reset) during a load is not undone by its late replies; findings only once asked.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { en } from '../i18n/en';
import { createKeywardApi } from '../../../shared/ipc/bridge';
import type { ChannelName } from '../../../shared/ipc/contract';
import type { Finding, KeyListItem } from '../../../shared/ipc/views';
import { keyRow } from '../test/key-row';
import { allKeysIn, FIRST_PAGE, useVault } from './vault-store';

const row = (i: number) => keyRow(`k${i}`, { label: `Key ${i}` });

const finding: Finding = {
  rule: 'no-ip-whitelist',
  severity: 'medium',
  keyId: 'k0',
  message: 'm',
  fix: 'f',
};

// Errors are worded through i18next (lib/error-words.ts).
beforeAll(async () => {
  await i18next.init({ resources: { en: { translation: en } }, lng: 'en' });
});

let vault: KeyListItem[] = [];
let calls: { channel: ChannelName; payload: unknown }[] = [];
/** Replies wait for `release()` while `held` is set, so a test can look in between. */
let held = false;
/** The next keys.list fails with this message (once). */
let failNext: string | null = null;
let waiting: (() => void)[] = [];
const release = () => waiting.splice(0).forEach((go) => go());

function reply(channel: ChannelName, payload: unknown): unknown {
  if (channel === 'keys.list') {
    const { limit } = payload as { limit?: number };
    return { total: vault.length, keys: vault.slice(0, limit ?? vault.length) };
  }
  if (channel === 'findings.list') return [finding];
  if (channel === 'services.list') return [];
  throw new Error(`unexpected ${channel}`);
}

beforeEach(() => {
  calls = [];
  held = false;
  failNext = null;
  waiting = [];
  const keyward = createKeywardApi({
    invoke: async (channel, payload) => {
      calls.push({ channel, payload });
      if (held) await new Promise<void>((resolve) => waiting.push(resolve));
      if (channel === 'keys.list' && failNext !== null) {
        const message = failNext;
        failNext = null;
        return { ok: false as const, code: 'vault-unreadable' as const, message };
      }
      return { ok: true, value: reply(channel, payload) };
    },
    subscribe: () => () => undefined,
  });
  (globalThis as unknown as { window: { keyward: unknown } }).window = { keyward };
  useVault.getState().reset();
});

const keyLists = () => calls.filter((c) => c.channel === 'keys.list').map((c) => c.payload);
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('vault store', () => {
  it('shows a first page of a large vault, then every key; findings only when asked', async () => {
    vault = Array.from({ length: 250 }, (_, i) => row(i));
    held = true;
    const loading = useVault.getState().load();
    await tick();
    release();
    await tick();
    expect(useVault.getState().keys).toHaveLength(FIRST_PAGE);
    expect(useVault.getState().total).toBe(250);
    expect(allKeysIn(useVault.getState())).toBe(false);
    held = false;
    release();
    await loading;
    expect(useVault.getState().keys).toHaveLength(250);
    expect(allKeysIn(useVault.getState())).toBe(true);
    expect(keyLists()).toEqual([{ limit: FIRST_PAGE }, {}]);
    expect(calls.some((c) => c.channel === 'findings.list')).toBe(false);
    expect(useVault.getState().findings).toBeNull();

    await useVault.getState().loadFindings();
    expect(useVault.getState().findings).toEqual([finding]);
    await useVault.getState().load(); // the findings, once asked for, follow every load
    expect(calls.filter((c) => c.channel === 'findings.list')).toHaveLength(2);
  });

  it('asks once for a vault that fits in the first page', async () => {
    vault = [row(0), row(1)];
    await useVault.getState().load();
    expect(keyLists()).toEqual([{ limit: FIRST_PAGE }]);
    expect(allKeysIn(useVault.getState())).toBe(true);
  });

  it('keeps the whole list on screen while a reload is under way', async () => {
    vault = Array.from({ length: 250 }, (_, i) => row(i));
    await useVault.getState().load();
    calls = [];
    vault = [...vault, row(250)];
    held = true;
    const reloading = useVault.getState().load();
    await tick();
    expect(useVault.getState().keys).toHaveLength(250);
    held = false;
    release();
    await reloading;
    expect(keyLists()).toEqual([{}]);
    expect(useVault.getState().keys).toHaveLength(251);
  });

  it('a lock during a load stays locked: the late replies are dropped', async () => {
    vault = [row(0)];
    held = true;
    const loading = useVault.getState().load();
    await tick();
    useVault.getState().reset();
    held = false;
    release();
    await loading;
    expect(useVault.getState().loaded).toBe(false);
    expect(useVault.getState().keys).toEqual([]);
  });

  it('a failed first load says why and stays unloaded; a retry that works clears it', async () => {
    vault = [row(0)];
    failNext = 'The vault file could not be read.';
    await expect(useVault.getState().load()).rejects.toThrow('could not be read');
    // In words (lib/error-words.ts), core's message as the detail.
    expect(useVault.getState().loaded).toBe(false);
    expect(useVault.getState().loadError).toBe(
      `${en.words.errors.code['vault-unreadable']} The vault file could not be read.`,
    );
    await useVault.getState().load();
    expect(useVault.getState()).toMatchObject({ loaded: true, loadError: null });
    expect(useVault.getState().keys).toHaveLength(1);
  });
});
