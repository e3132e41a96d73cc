// Vault settings in the app (issue 13 §6): set, change and remove the passphrase through
// vault.setPassphrase (core checks the current one; a keychain vault asks main), the
// emergency kit of the recovery key (vault.saveRecoveryKit), and the "recovery key not yet
// confirmed" flag kept in settings for the banner.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test/temp-dir';
import { memoryKeychain, type KeychainPort } from '../vault/keychain';
import {
  recoveryKitFileName,
  recoveryKitHtml,
  recoveryKitText,
  type RecoveryKitFacts,
} from './recovery-kit';
import { SCRIPTED_PDF_HEADER } from './scripted-recovery-kit';
import { call, createTestCore } from './testing';

const FACTS: RecoveryKitFacts = {
  recoveryKey: 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD',
  vaultId: 'vault-<1>',
  vaultDir: '/home/a&b/.config/Keyward',
  madeAt: new Date('2026-12-01T10:00:00Z'),
  language: 'en',
};

/** A keychain that accepts writes but keeps nothing (a locked or broken Secret Service). */
function forgetfulKeychain(): KeychainPort & {
  startForgetting: (account: string) => Promise<void>;
} {
  const inner = memoryKeychain();
  let forgetting = false;
  return {
    get: (account) => inner.get(account),
    set: (account, secret) => (forgetting ? Promise.resolve() : inner.set(account, secret)),
    delete: (account) => inner.delete(account),
    /** From now on writes are silently dropped, and the entry is gone. */
    startForgetting: async (account) => {
      forgetting = true;
      await inner.delete(account);
    },
  };
}

describe('the emergency kit page', () => {
  it('holds the recovery key and the vault, escaped, with no script and a closed CSP', () => {
    const html = recoveryKitHtml(FACTS);
    expect(html).toContain(`<p class="key" id="recovery-key">${FACTS.recoveryKey}</p>`);
    expect(html).toContain('vault-&lt;1&gt;');
    expect(html).toContain('/home/a&amp;b/.config/Keyward');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<img|<link|https?:/i);
    expect(html).toContain('2026-12-01');
    expect(recoveryKitHtml({ ...FACTS, language: 'zh-CN' })).toContain('恢复密钥');
  });

  it('as text: the key on its own labelled line', () => {
    const text = recoveryKitText(FACTS);
    expect(text.split('\n')).toContain(`Recovery key: ${FACTS.recoveryKey}`);
    expect(text).toContain('keyward recover');
    expect(recoveryKitFileName('pdf', FACTS.madeAt)).toBe('keyward-emergency-kit-2026-12-01.pdf');
    expect(recoveryKitFileName('text', FACTS.madeAt)).toBe('keyward-emergency-kit-2026-12-01.txt');
  });
});

describe('vault.saveRecoveryKit', () => {
  it("writes the vault's own recovery key where the user chose, owner-only; cancel writes nothing", async () => {
    const dir = await tempDir();
    const out = await tempDir();
    const core = createTestCore(dir);
    const { recoveryKey } = await call(core, 'vault.create', {});

    core.recoveryKit.savePath = null;
    expect(await call(core, 'vault.saveRecoveryKit', { recoveryKey, format: 'text' })).toEqual({
      saved: false,
    });

    const textPath = path.join(out, 'kit.txt');
    core.recoveryKit.savePath = textPath;
    expect(await call(core, 'vault.saveRecoveryKit', { recoveryKey, format: 'text' })).toEqual({
      saved: true,
    });
    expect(await readFile(textPath, 'utf8')).toContain(`Recovery key: ${recoveryKey}`);
    if (process.platform !== 'win32') expect((await stat(textPath)).mode & 0o777).toBe(0o600);

    const pdfPath = path.join(out, 'kit.pdf');
    core.recoveryKit.savePath = pdfPath;
    await call(core, 'vault.saveRecoveryKit', { recoveryKey, format: 'pdf' });
    const pdf = await readFile(pdfPath, 'utf8');
    expect(pdf.startsWith(SCRIPTED_PDF_HEADER)).toBe(true);
    expect(pdf).toContain(`id="recovery-key">${recoveryKey}<`);
    expect(core.recoveryKit.asked.map((a) => a.format)).toEqual(['text', 'text', 'pdf']);
  });

  it('refuses a key that is not the current one (typo, old key) before any dialog', async () => {
    const core = createTestCore(await tempDir());
    const { recoveryKey: old } = await call(core, 'vault.create', {});
    const { recoveryKey: current } = await call(core, 'vault.rekey', {});
    core.recoveryKit.savePath = path.join(await tempDir(), 'kit.txt');
    for (const wrong of [old, current.slice(0, -1) + (current.endsWith('7') ? '8' : '7')]) {
      const result = await core.handle('vault.saveRecoveryKit', {
        recoveryKey: wrong,
        format: 'text',
      });
      expect(result).toMatchObject({ ok: false, code: 'invalid' });
      expect(JSON.stringify(result)).not.toContain(wrong);
    }
    expect(core.recoveryKit.asked).toEqual([]);
  });
});

describe('recoveryKeyPending (the banner until the recovery key is confirmed)', () => {
  it('is set by creating and by re-keying, and cleared by the settings patch', async () => {
    const core = createTestCore(await tempDir());
    expect((await call(core, 'settings.get', {})).recoveryKeyPending).toBe(false);
    await call(core, 'vault.create', {});
    expect((await call(core, 'settings.get', {})).recoveryKeyPending).toBe(true);
    await call(core, 'settings.set', { recoveryKeyPending: false });
    expect((await call(core, 'settings.get', {})).recoveryKeyPending).toBe(false);
    await call(core, 'vault.rekey', {});
    expect((await call(core, 'settings.get', {})).recoveryKeyPending).toBe(true);
  });
});

describe('vault.setPassphrase', () => {
  it('a keychain vault: main confirms setting one; refused changes nothing', async () => {
    const core = createTestCore(await tempDir());
    await call(core, 'vault.create', {});
    core.secretAccess.reply = 'refuse';
    const refused = await core.handle('vault.setPassphrase', {
      newPassphrase: 'a good passphrase',
    });
    expect(refused).toMatchObject({ ok: false, code: 'refused' });
    expect((await call(core, 'vault.status', {})).hasPassphrase).toBe(false);
    expect(core.secretAccess.asked.at(-1)).toMatchObject({ action: 'passphrase', kind: 'confirm' });

    core.secretAccess.reply = 'approve';
    const status = await call(core, 'vault.setPassphrase', {
      newPassphrase: 'a good passphrase',
      keepKeychain: false,
    });
    expect(status).toMatchObject({ hasPassphrase: true, keychainKept: false, state: 'unlocked' });
    await call(core, 'vault.lock', {});
    expect(await core.handle('vault.unlock', {})).toMatchObject({
      ok: false,
      code: 'passphrase-required',
    });
    await call(core, 'vault.unlock', { passphrase: 'a good passphrase' });
  });

  it('a passphrase vault: the current passphrase is checked by core, then changed', async () => {
    const core = createTestCore(await tempDir());
    await call(core, 'vault.create', { passphrase: 'the first passphrase', keepKeychain: false });
    const asked = core.secretAccess.asked.length;
    expect(
      await core.handle('vault.setPassphrase', { newPassphrase: 'the second passphrase' }),
    ).toMatchObject({ ok: false, code: 'passphrase-required' });
    const wrong = await core.handle('vault.setPassphrase', {
      passphrase: 'not the passphrase',
      newPassphrase: 'the second passphrase',
    });
    expect(wrong).toMatchObject({ ok: false, code: 'wrong-passphrase' });
    expect(JSON.stringify(wrong)).not.toContain('the second passphrase');
    expect(
      await core.handle('vault.setPassphrase', {
        passphrase: 'the first passphrase',
        newPassphrase: 'short',
      }),
    ).toMatchObject({ ok: false, code: 'invalid' });
    await call(core, 'vault.setPassphrase', {
      passphrase: 'the first passphrase',
      newPassphrase: 'the second passphrase',
    });
    // Checked by its passphrase, not by a dialog of main's.
    expect(core.secretAccess.asked.length).toBe(asked);
    await call(core, 'vault.lock', {});
    expect(await core.handle('vault.unlock', { passphrase: 'the first passphrase' })).toMatchObject(
      { ok: false, code: 'wrong-passphrase' },
    );
    await call(core, 'vault.unlock', { passphrase: 'the second passphrase' });
  });

  it('removing it needs a keychain that keeps the vault key; otherwise nothing changes', async () => {
    const keychain = forgetfulKeychain();
    const core = createTestCore(await tempDir(), { keychain });
    await call(core, 'vault.create', { passphrase: 'the first passphrase', keepKeychain: false });
    const { vaultId } = await call(core, 'vault.status', {});
    await (
      keychain as unknown as { startForgetting: (a: string) => Promise<void> }
    ).startForgetting(vaultId!);
    const refused = await core.handle('vault.setPassphrase', {
      passphrase: 'the first passphrase',
      newPassphrase: null,
    });
    expect(refused).toMatchObject({ ok: false, code: 'keychain-unavailable' });
    expect(!refused.ok && refused.message).toMatch(/only the OS keychain opens the vault/);
    expect((await call(core, 'vault.status', {})).hasPassphrase).toBe(true);
    await call(core, 'vault.lock', {});
    await call(core, 'vault.unlock', { passphrase: 'the first passphrase' });
  });

  it('removes it when the keychain keeps the key: the vault then opens without typing', async () => {
    const core = createTestCore(await tempDir());
    await call(core, 'vault.create', { passphrase: 'the first passphrase', keepKeychain: false });
    expect(
      await core.handle('vault.setPassphrase', {
        passphrase: 'not it at all',
        newPassphrase: null,
      }),
    ).toMatchObject({ ok: false, code: 'wrong-passphrase' });
    const status = await call(core, 'vault.setPassphrase', {
      passphrase: 'the first passphrase',
      newPassphrase: null,
    });
    expect(status).toMatchObject({ hasPassphrase: false, keychainKept: true });
    await call(core, 'vault.lock', {});
    await call(core, 'vault.unlock', {});
    // Nothing left to remove.
    expect(await core.handle('vault.setPassphrase', { newPassphrase: null })).toMatchObject({
      ok: false,
      code: 'invalid',
    });
  });
});
