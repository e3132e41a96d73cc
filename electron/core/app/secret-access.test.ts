// The secret-access gate (issue 9 items 1 and 8): copy and reveal of a secret over IPC are
// confirmed by main (here: the scripted port) and rate-limited; the API key is neither.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelName, RequestOf } from '../../../shared/ipc/contract';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import {
  CONFIRMATION_MS,
  SECRET_BURST,
  SECRET_REFILL_MS,
  TokenBucket,
  isGuardedField,
} from './secret-access';
import { call, createTestCore, type TestCore } from './testing';

const PASSPHRASE = 'correct horse battery';

async function refused(core: TestCore, channel: ChannelName, request: unknown) {
  const result = await core.handle(channel, request);
  if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return result;
}

function addRequest(n: number): RequestOf<'keys.add'> {
  const input = sampleKey(n);
  return { ...input, apiKey: input.apiKey ?? '' };
}

async function vaultWithKeys(count: number, options: { passphrase?: string } = {}) {
  const core = createTestCore(await tempDir());
  await call(core, 'vault.create', options);
  const keys = [];
  for (let n = 1; n <= count; n++) keys.push(await call(core, 'keys.add', addRequest(n)));
  return { core, keys };
}

const historyTypes = async (core: TestCore, keyId: string) =>
  (await call(core, 'keys.get', { keyId })).history.map((e) => e.type);

describe('TokenBucket', () => {
  it('allows a burst, then one per refill period, on the injected clock', () => {
    let now = 0;
    const bucket = new TokenBucket(5, 10_000, () => new Date(now));
    for (let i = 0; i < 5; i++) expect(bucket.take()).toEqual({ ok: true });
    expect(bucket.take()).toEqual({ ok: false, retryInMs: 10_000 });
    now += 4_000;
    expect(bucket.take()).toEqual({ ok: false, retryInMs: 6_000 });
    now += 6_000;
    expect(bucket.take()).toEqual({ ok: true });
    expect(bucket.take().ok).toBe(false);
    now += 3_600_000; // a long pause refills only up to the burst
    for (let i = 0; i < 5; i++) expect(bucket.take().ok).toBe(true);
    expect(bucket.take().ok).toBe(false);
    now -= 60_000; // a clock that jumps back lends nothing
    expect(bucket.take().ok).toBe(false);
  });
});

describe('copy and reveal of a secret over IPC', () => {
  it('guards the secret, not the API key; the API passphrase is one entry away', () => {
    expect(isGuardedField('secret')).toBe(true);
    expect(isGuardedField('apiKey')).toBe(false);
  });

  it('a refused confirmation gives no secret, writes no clipboard and records nothing', async () => {
    const { core, keys } = await vaultWithKeys(1);
    const keyId = keys[0]!.id;
    core.secretAccess.reply = 'refuse';
    const reveal = await refused(core, 'keys.reveal', { keyId, field: 'secret' });
    expect(reveal.code).toBe('refused');
    expect(reveal.message).toContain(sampleKey(1).label);
    expect(reveal.message).not.toContain(sampleKey(1).secret);
    const copy = await refused(core, 'keys.copy', { keyId, field: 'secret' });
    expect(copy.code).toBe('refused');
    expect(core.board.text).toBe('');
    expect(await historyTypes(core, keyId)).not.toContain('copied');
    expect(await historyTypes(core, keyId)).not.toContain('revealed');
    expect(core.secretAccess.asked).toEqual([
      { label: sampleKey(1).label, action: 'reveal', field: 'secret', kind: 'confirm' },
      { label: sampleKey(1).label, action: 'copy', field: 'secret', kind: 'confirm' },
    ]);
  });

  it('one confirmation covers copy and reveal of any key for 5 minutes, then asks again', async () => {
    const { core, keys } = await vaultWithKeys(2);
    const [a, b] = keys.map((k) => k.id) as [string, string];
    await call(core, 'keys.copy', { keyId: a, field: 'secret' });
    expect(core.board.text).toBe(sampleKey(1).secret);
    expect((await call(core, 'keys.reveal', { keyId: b, field: 'secret' })).value).toBe(
      sampleKey(2).secret,
    );
    expect(core.secretAccess.asked).toHaveLength(1);
    core.scheduler.advance(CONFIRMATION_MS - 1_000);
    await call(core, 'keys.reveal', { keyId: a, field: 'secret' });
    expect(core.secretAccess.asked).toHaveLength(1);
    core.scheduler.advance(1_000);
    await call(core, 'keys.reveal', { keyId: a, field: 'secret' });
    expect(core.secretAccess.asked).toHaveLength(2);
    // Refused once the time is up: nothing comes out.
    core.scheduler.advance(CONFIRMATION_MS);
    core.secretAccess.reply = 'refuse';
    expect(await refused(core, 'keys.copy', { keyId: b, field: 'secret' })).toMatchObject({
      code: 'refused',
    });
    expect(core.secretAccess.asked).toHaveLength(3);
  });

  it('a lock ends the confirmation: after unlocking the next copy asks again', async () => {
    const { core, keys } = await vaultWithKeys(1);
    const keyId = keys[0]!.id;
    await call(core, 'keys.reveal', { keyId, field: 'secret' });
    await call(core, 'vault.lock', {});
    await call(core, 'vault.unlock', {});
    core.secretAccess.reply = 'refuse';
    expect(await refused(core, 'keys.copy', { keyId, field: 'secret' })).toMatchObject({
      code: 'refused',
    });
    expect(core.secretAccess.asked).toHaveLength(2);
    expect(core.board.text).toBe('');
  });

  it('an approval that arrives after a lock confirms nothing', async () => {
    const { core, keys } = await vaultWithKeys(1);
    const keyId = keys[0]!.id;
    let approve: (approved: boolean) => void = () => undefined;
    const asking = new Promise<void>((shown) => {
      core.secretAccess.custom = () =>
        new Promise<boolean>((answer) => {
          approve = answer;
          shown();
        });
    });
    const pending = core.handle('keys.reveal', { keyId, field: 'secret' });
    await asking; // main's dialog is open
    await core.lock('screen-lock');
    approve(true); // the user clicks "Reveal" after the screen locked
    expect(await pending).toMatchObject({ ok: false });
    await call(core, 'vault.unlock', {});
    core.secretAccess.custom = null;
    core.secretAccess.reply = 'refuse';
    expect(await refused(core, 'keys.reveal', { keyId, field: 'secret' })).toMatchObject({
      code: 'refused',
    });
  });

  it('copying or revealing an API key never asks and is not limited', async () => {
    const { core, keys } = await vaultWithKeys(1);
    const keyId = keys[0]!.id;
    core.secretAccess.reply = 'refuse';
    for (let i = 0; i < SECRET_BURST * 3; i++) {
      await call(core, 'keys.copy', { keyId, field: 'apiKey' });
      await call(core, 'keys.reveal', { keyId, field: 'apiKey' });
    }
    expect(core.board.text).toBe(sampleKey(1).apiKey);
    expect(core.secretAccess.asked).toEqual([]);
  });

  it('copies and reveals of secrets: a burst of 5, then one per 10 s', async () => {
    const { core, keys } = await vaultWithKeys(7);
    const ids = keys.map((k) => k.id);
    for (let i = 0; i < SECRET_BURST; i++) {
      const channel = i % 2 === 0 ? 'keys.reveal' : 'keys.copy';
      await call(core, channel, { keyId: ids[i]!, field: 'secret' });
    }
    const limited = await refused(core, 'keys.reveal', { keyId: ids[5]!, field: 'secret' });
    expect(limited).toMatchObject({ code: 'rate-limited', retryAfterSeconds: 10 });
    expect(limited.message).toMatch(/wait 10 s/);
    expect(await refused(core, 'keys.copy', { keyId: ids[5]!, field: 'secret' })).toMatchObject({
      code: 'rate-limited',
    });
    expect(await historyTypes(core, ids[5]!)).not.toContain('revealed');
    core.scheduler.advance(SECRET_REFILL_MS);
    expect((await call(core, 'keys.reveal', { keyId: ids[5]!, field: 'secret' })).value).toBe(
      sampleKey(6).secret,
    );
    expect(await refused(core, 'keys.reveal', { keyId: ids[6]!, field: 'secret' })).toMatchObject({
      code: 'rate-limited',
    });
    // A limited request never reached the confirmation.
    expect(core.secretAccess.asked).toHaveLength(1);
  });

  it('a passphrase vault asks for the passphrase in main’s prompt; core checks it', async () => {
    const { core, keys } = await vaultWithKeys(1, { passphrase: PASSPHRASE });
    const keyId = keys[0]!.id;
    core.secretAccess.passphrase = 'not it at all';
    const wrong = await refused(core, 'keys.reveal', { keyId, field: 'secret' });
    expect(wrong.code).toBe('refused');
    expect(wrong.message).not.toContain('not it at all');
    expect(core.secretAccess.asked[0]).toMatchObject({ kind: 'passphrase', action: 'reveal' });
    core.secretAccess.passphrase = PASSPHRASE;
    const reply = await call(core, 'keys.reveal', { keyId, field: 'secret' });
    expect(reply.value).toBe(sampleKey(1).secret);
  });

  it('a port that says yes without the passphrase being checked confirms nothing', async () => {
    const core = createTestCore(await tempDir());
    await call(core, 'vault.create', { passphrase: PASSPHRASE });
    const key = await call(core, 'keys.add', addRequest(1));
    // A broken (or hostile) main that approves without asking core to check the passphrase.
    core.secretAccess.custom = () => Promise.resolve(true);
    expect(await refused(core, 'keys.copy', { keyId: key.id, field: 'secret' })).toMatchObject({
      code: 'refused',
    });
  });

  it('the renderer can no longer send a passphrase with reveal', async () => {
    const { core, keys } = await vaultWithKeys(1);
    const result = await refused(core, 'keys.reveal', {
      keyId: keys[0]!.id,
      field: 'secret',
      passphrase: PASSPHRASE,
    });
    expect(result.code).toBe('invalid');
  });

  it('concurrent requests share one confirmation', async () => {
    const { core, keys } = await vaultWithKeys(3);
    const results = await Promise.all(
      keys.map((k) => core.handle('keys.reveal', { keyId: k.id, field: 'secret' })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(core.secretAccess.asked).toHaveLength(1);
  });
});

describe('re-keying over IPC', () => {
  it('a keychain vault asks main each time; refused, the vault and its recovery key stay', async () => {
    const dir = await tempDir();
    const core = createTestCore(dir);
    await call(core, 'vault.create', {});
    await call(core, 'keys.add', addRequest(1));
    const vaultFile = () => readFile(path.join(dir, 'vault.keyward'));
    const before = await vaultFile();
    core.secretAccess.reply = 'refuse';
    const result = await refused(core, 'vault.rekey', {});
    expect(result.code).toBe('refused');
    expect(core.secretAccess.asked).toEqual([
      { label: '', action: 'rekey', field: 'vault', kind: 'confirm' },
    ]);
    expect((await vaultFile()).equals(before)).toBe(true);
    core.secretAccess.reply = 'approve';
    const rekeyed = await call(core, 'vault.rekey', {});
    expect(rekeyed.recoveryKey).toMatch(/\S/);
    expect(core.secretAccess.asked).toHaveLength(2);
  });
});
