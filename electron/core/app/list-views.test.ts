import { afterEach, describe, expect, it, vi } from 'vitest';
import { byRotationDue } from '../../../shared/domain/key-summary';
import { findings } from '../../../shared/findings';
import { KeyService } from '../keys/key-service';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { memoryKeychain } from '../vault/keychain';
import { readVaultVersion } from '../vault/vault-file';
import { VaultStore } from '../vault/vault-store';
import { buildViews, ListViews } from './list-views';

const DAY = 86_400_000;
const opened: VaultStore[] = [];
afterEach(() => {
  opened.splice(0).forEach((s) => s.close());
  vi.restoreAllMocks();
});

/** A vault with `count` keys; the nth key was added n days after 2026-01-01. */
async function vaultWith(count: number) {
  const dir = await tempDir();
  const keychain = memoryKeychain();
  const start = new Date('2026-01-01T00:00:00.000Z');
  const { store } = await VaultStore.create(dir, { keychain, now: start });
  opened.push(store);
  for (let n = 1; n <= count; n++) {
    const at = new Date(start.getTime() + (count - n) * DAY);
    await new KeyService(store, () => at).add(
      sampleKey(n, n % 2 === 0 ? { ipWhitelist: [], useCase: 'portfolio-tracking' } : {}),
    );
  }
  let now = new Date('2026-02-01T00:00:00.000Z');
  const clock = { now: () => now, set: (d: Date) => (now = d) };
  return { dir, keychain, store, clock, lists: new ListViews(store, clock.now) };
}

describe('ListViews', () => {
  it('pages keys by rotation due date, each with its findings count and worst severity', async () => {
    const { store, clock, lists } = await vaultWith(5);
    const page = await lists.keys(2);
    const all = await lists.keys();
    expect(page.total).toBe(5);
    expect(all.total).toBe(5);
    expect(page.keys).toEqual(all.keys.slice(0, 2));
    expect(all.keys.map((k) => k.id)).toEqual([...all.keys].sort(byRotationDue).map((k) => k.id));
    // Key 5 was added first, so it is due first.
    expect(all.keys[0]!.label).toBe(sampleKey(5).label);

    const expected = findings(await store.read(), clock.now());
    for (const key of all.keys) {
      const own = expected.filter((f) => f.keyId === key.id);
      expect(key.findingCount).toBe(own.length);
      const worst = ['critical', 'high', 'medium', 'low', 'info'].find((s) =>
        own.some((f) => f.severity === s),
      );
      expect(key.worstSeverity).toBe(worst ?? null);
      // The row names its worst finding: the first of the worst severity, in engine order.
      expect(key.worstRule).toBe(own.find((f) => f.severity === worst)?.rule ?? null);
    }
    // Keys without an IP whitelist have findings; the listing matches the engine's.
    expect(all.keys.some((k) => k.findingCount > 0)).toBe(true);
    expect(await lists.findings()).toEqual(expected);
  });

  it('never holds a secret or a full API key', async () => {
    const { lists } = await vaultWith(3);
    const text = JSON.stringify([
      await lists.keys(),
      await lists.findings(),
      await lists.services(),
    ]);
    for (let n = 1; n <= 3; n++) {
      expect(text).not.toContain(sampleKey(n).secret);
      expect(text).not.toContain(sampleKey(n).apiKey);
    }
  });

  it('decrypts once for calls that arrive together and while the file is unchanged', async () => {
    const { store, lists } = await vaultWith(3);
    const reads = vi.spyOn(store, 'readVersioned');
    await Promise.all([lists.keys(1), lists.findings(), lists.services()]);
    await lists.keys();
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('sees a change saved by another process (the CLI) at the next call', async () => {
    const { dir, keychain, store, lists } = await vaultWith(2);
    expect((await lists.keys()).total).toBe(2);
    const cli = await VaultStore.open(dir, { keychain });
    opened.push(cli);
    await new KeyService(cli).add(sampleKey(3));
    const reads = vi.spyOn(store, 'readVersioned');
    const after = await lists.keys();
    expect(after.total).toBe(3);
    expect(after.keys.map((k) => k.label)).toContain(sampleKey(3).label);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('never answers a call with a build that read the vault before a save it followed', async () => {
    const { dir, keychain, store, lists } = await vaultWith(2);
    const read = store.readVersioned.bind(store);
    let readDone!: () => void;
    const firstRead = new Promise<void>((resolve) => (readDone = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    vi.spyOn(store, 'readVersioned').mockImplementationOnce(async () => {
      const result = await read();
      readDone();
      await gate; // the first build is still busy...
      return result;
    });
    // Tells when the second call has checked the version and so decided what to wait for.
    const version = store.version.bind(store);
    let checks = 0;
    let secondChecked!: () => void;
    const secondCheck = new Promise<void>((resolve) => (secondChecked = resolve));
    vi.spyOn(store, 'version').mockImplementation(async () => {
      const v = await version();
      if (++checks === 2) setImmediate(secondChecked);
      return v;
    });
    const before = lists.keys();
    await firstRead;
    const cli = await VaultStore.open(dir, { keychain });
    opened.push(cli);
    await new KeyService(cli).add(sampleKey(3)); // ...when a save lands
    const after = lists.keys();
    await secondCheck;
    release();
    expect((await before).total).toBe(2);
    expect((await after).total).toBe(3);
  });

  it("sees the app's own edits, even when the file keeps its size", async () => {
    const { store, lists } = await vaultWith(2);
    const [first] = (await lists.keys()).keys;
    const before = await readVaultVersion(store.dir);
    await new KeyService(store).edit(first!.id, { label: first!.label.replace('Bot', 'Bat') });
    expect(await readVaultVersion(store.dir)).not.toBe(before);
    const labels = (await lists.keys()).keys.map((k) => k.label);
    expect(labels).toContain(first!.label.replace('Bot', 'Bat'));
    expect(labels).not.toContain(first!.label);
  });

  it('rebuilds when the clock moves to another minute (due dates pass)', async () => {
    const { store, clock, lists } = await vaultWith(1);
    const before = (await lists.findings())!;
    expect(before.some((f) => f.rule === 'rotation-overdue')).toBe(false);
    const reads = vi.spyOn(store, 'readVersioned');
    clock.set(new Date('2026-02-01T00:00:59.000Z')); // the same minute
    await lists.keys();
    expect(reads).not.toHaveBeenCalled();
    clock.set(new Date('2026-06-01T00:00:00.000Z'));
    const later = (await lists.findings())!;
    expect(reads).toHaveBeenCalledTimes(1);
    expect(later.some((f) => f.rule === 'rotation-overdue')).toBe(true);
    expect((await lists.keys()).keys[0]!.worstSeverity).not.toBeNull();
  });

  it('hands each caller its own arrays', async () => {
    const { lists } = await vaultWith(1);
    (await lists.keys()).keys.pop();
    (await lists.findings())!.pop();
    (await lists.services()).pop();
    expect((await lists.keys()).keys).toHaveLength(1);
    expect((await lists.findings())!.length).toBeGreaterThan(0);
  });

  it("answers one key's findings, and null for a key it does not list", async () => {
    const { lists } = await vaultWith(2);
    const { keys } = await lists.keys();
    const own = await lists.findings(keys[1]!.id);
    expect(own).toEqual((await lists.findings())!.filter((f) => f.keyId === keys[1]!.id));
    expect(await lists.findings('no-such-key')).toBeNull();
  });
});

describe('accepted findings in the list', () => {
  it('are not counted in a row’s findings count or worst severity', async () => {
    const { makeKey, makeVault } = await import('../../../shared/findings/test-fixtures');
    const now = new Date('2026-06-01T00:00:00Z');
    const key = makeKey({
      useCase: 'custom',
      permissions: { read: true, spotMargin: false, futures: false, withdrawals: true },
      ipWhitelist: ['203.0.113.7'],
    });
    const plain = buildViews(makeVault([key]), now).keys[0]!;
    expect(plain.worstSeverity).toBe('critical');
    const acceptedRisks = [
      {
        rule: 'withdrawals-enabled',
        until: '2026-07-01T00:00:00Z',
        note: 'n',
        at: now.toISOString(),
      },
    ];
    const accepted = buildViews(makeVault([{ ...key, acceptedRisks }]), now).keys[0]!;
    expect(accepted.findingCount).toBe(plain.findingCount - 1);
    expect(accepted.worstSeverity).not.toBe('critical');
  });

  it('the open count (the Findings tab) counts every finding not accepted, vault-wide ones too', async () => {
    const { makeKey, makeVault } = await import('../../../shared/findings/test-fixtures');
    const now = new Date('2026-06-01T00:00:00Z');
    const key = makeKey({
      useCase: 'custom',
      permissions: { read: true, spotMargin: false, futures: false, withdrawals: true },
      ipWhitelist: ['203.0.113.7'],
    });
    const plain = buildViews(makeVault([key]), now);
    expect(plain.findings.some((f) => f.keyId === undefined)).toBe(true); // the audit is due
    expect(plain.openFindings).toBe(plain.findings.length);
    const acceptedRisks = [
      {
        rule: 'withdrawals-enabled',
        until: '2026-07-01T00:00:00Z',
        note: 'n',
        at: now.toISOString(),
      },
    ];
    const accepted = buildViews(makeVault([{ ...key, acceptedRisks }]), now);
    expect(accepted.findings).toHaveLength(plain.findings.length);
    expect(accepted.openFindings).toBe(plain.openFindings - 1);
  });
});
