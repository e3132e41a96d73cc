// Every IPC error code has a sentence in both languages, and the app's words for an error
// never carry command-line wording (issue 13 §7).
import { beforeAll, describe, expect, it } from 'vitest';
import { IPC_ERROR_CODES } from '../../../shared/ipc/result';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';
import {
  ERROR_SENTENCE_KEYS,
  errorLine,
  errorWords,
  withoutCliWording,
  type Translate,
} from './error-words';
import { testTranslators } from '../test/translators';

let tEn: Translate;
let tZh: Translate;

beforeAll(async () => {
  ({ tEn, tZh } = await testTranslators({ fallbackLng: false }));
});

/** The resource at a dotted key, read from the object itself (no fallback). */
function lookup(resources: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      resources,
    );
}

// Core's own messages (electron/core/vault), as the IPC layer passes them on.
const CORE = {
  wrongRecovery:
    'That recovery key does not belong to this vault; nothing was changed. Check that --vault points at the right folder.',
  noVault:
    "There is no vault in /home/ana/.keyward: create one in the app or with 'keyward init', or point KEYWARD_VAULT_DIR (--vault) at the folder that holds vault.keyward.",
  passphraseRequired:
    "This vault has a passphrase: enter it (on the command line: --passphrase-stdin), or open the vault with its recovery key (Recover in the app, or 'keyward recover').",
  keychain:
    "The OS keychain is not reachable (no Secret Service). On Linux start a Secret Service (GNOME Keyring or KWallet) and unlock it, or protect the vault with a passphrase instead, or open it with its recovery key (Recover in the app, or 'keyward recover').",
  rekey:
    'Re-keying a passphrase vault needs its current passphrase (on the command line: the first line of stdin); nothing was changed.',
  vaultExists:
    'A vault already exists in /tmp/v; nothing was changed. Use another folder (--vault) to create a second one.',
};

describe('error codes in words', () => {
  it.each(IPC_ERROR_CODES)('%s has a sentence in English and in 简体中文', (code) => {
    const key = ERROR_SENTENCE_KEYS[code];
    const english = lookup(en, key);
    const chinese = lookup(zhCN, key);
    expect(typeof english === 'string' && english.length > 10, `${key} in en.ts`).toBe(true);
    expect(
      typeof chinese === 'string' && /\p{Script=Han}/u.test(chinese),
      `${key} in zh-CN.ts`,
    ).toBe(true);
    // i18next finds it too (no fallback: each language its own).
    expect(tEn(key)).toBe(english);
    expect(tZh(key)).toBe(chinese);
  });

  it('shows the sentence in the chosen language, core English as a detail, no CLI wording', () => {
    const zh = errorWords({ code: 'wrong-recovery-key', message: CORE.wrongRecovery }, tZh);
    expect(zh.text).toBe(zhCN.words.errors.code['wrong-recovery-key']);
    expect(zh.detail).toBe('That recovery key does not belong to this vault; nothing was changed.');
    expect(zh.field).toBe('recoveryKey');
    const line = errorLine(
      errorWords({ code: 'wrong-recovery-key', message: CORE.wrongRecovery }, tEn),
    );
    expect(line).not.toContain('--vault');
    expect(line).toContain(en.words.errors.code['wrong-recovery-key']);
  });

  it('keeps what core says that the app user can act on, drops what speaks to the CLI', () => {
    expect(withoutCliWording(CORE.noVault)).toBe('There is no vault in /home/ana/.keyward.');
    expect(withoutCliWording(CORE.passphraseRequired)).toBe(
      'This vault has a passphrase: enter it, or open the vault with its recovery key.',
    );
    expect(withoutCliWording(CORE.keychain)).toBe(
      'The OS keychain is not reachable (no Secret Service). On Linux start a Secret Service (GNOME Keyring or KWallet) and unlock it, or protect the vault with a passphrase instead, or open it with its recovery key.',
    );
    expect(withoutCliWording(CORE.rekey)).toBe(
      'Re-keying a passphrase vault needs its current passphrase; nothing was changed.',
    );
    expect(withoutCliWording(CORE.vaultExists)).toBe(
      'A vault already exists in /tmp/v; nothing was changed. Use another folder to create a second one.',
    );
    // The app's own name is not CLI wording.
    const opened =
      "Keyward opens only the exchanges' API-management pages; evil.example/ is not one, so nothing was opened.";
    expect(withoutCliWording(opened)).toBe(opened);
  });

  it('a failure that is not an IPC error, or an internal one, shows only the sentence', () => {
    expect(errorWords(null, tZh)).toEqual({ code: null, text: zhCN.words.errors.unknown });
    const internal = errorWords({ code: 'internal', message: 'x' }, tEn);
    expect(internal.detail).toBeUndefined();
  });
});
