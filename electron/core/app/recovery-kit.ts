// The "emergency kit": one page holding the recovery key, to print or keep offline, offered
// right after the key is shown (first run, re-key). The page is generated here as plain HTML
// (no script, no outside resource) and as plain text; main only renders the HTML to PDF
// (webContents.printToPDF in a hidden window) and asks where to save (its save dialog).
// Invariants: the kit is the one place Keyward writes a secret unencrypted, and only to the
// path the user picked in main's own dialog, owner-only (0600); the recovery key is checked
// against the open vault first, never logged, and never part of an error.
import { chmod, writeFile } from 'node:fs/promises';
import type { Language } from '../../../shared/ipc/views';
import { KeywardError } from '../errors';

export type RecoveryKitFormat = 'pdf' | 'text';

export interface RecoveryKitFacts {
  recoveryKey: string;
  vaultId: string;
  /** Where the vault is (so the reader knows which vault this opens). */
  vaultDir: string;
  madeAt: Date;
  language: Language;
}

/**
 * Main's side of the kit: its native save dialog (null when cancelled) and Electron's
 * printToPDF of a generated page. The e2e harness and tests answer with a script.
 */
export interface RecoveryKitPort {
  chooseSavePath(format: RecoveryKitFormat, defaultName: string): Promise<string | null>;
  renderPdf(html: string): Promise<Uint8Array>;
}

const WORDS = {
  en: {
    title: 'Keyward emergency kit',
    intro:
      'This recovery key opens your Keyward vault when the computer’s keychain cannot: a new computer, a reinstalled system, a forgotten passphrase.',
    keyLabel: 'Recovery key',
    vault: 'Vault',
    folder: 'Folder',
    made: 'Made',
    howTitle: 'How to use it',
    how: 'In Keyward choose “Use the recovery key instead” on the unlock screen (or run “keyward recover”) and type this key. Dashes, spaces and case do not matter.',
    keepTitle: 'Keep it safe',
    keep: 'Anyone holding this key and a copy of the vault file can open every key in it. Print this page and keep it offline (a drawer, a safe); delete the saved file once printed. If it may have leaked, make a new recovery key in Keyward’s Settings: the old one then opens nothing.',
  },
  'zh-CN': {
    title: 'Keyward 应急包',
    intro:
      '当电脑的钥匙串无法打开 Keyward 保险库时（换电脑、重装系统、忘记主密码），用此恢复密钥打开。',
    keyLabel: '恢复密钥',
    vault: '保险库',
    folder: '文件夹',
    made: '生成时间',
    howTitle: '如何使用',
    how: '在 Keyward 的解锁界面选择“改用恢复密钥”（或运行“keyward recover”），输入此密钥。短横线、空格和大小写均不影响。',
    keepTitle: '妥善保管',
    keep: '任何人拿到此密钥和保险库文件的副本，就能打开其中所有密钥。请打印本页并离线保存（抽屉、保险箱）；打印后删除保存的文件。若可能已泄露，请在 Keyward 的设置中生成新的恢复密钥，旧密钥随即失效。',
  },
} as const;

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The kit as one printable page: no script, no outside resource, its own strict CSP. */
export function recoveryKitHtml(facts: RecoveryKitFacts): string {
  const w = WORDS[facts.language];
  const e = escapeHtml;
  return `<!doctype html>
<html lang="${e(facts.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(w.title)}</title>
<style>
@page { size: A4; margin: 18mm; }
body { font-family: system-ui, sans-serif; color: #111; line-height: 1.45; }
h1 { font-size: 22pt; margin: 0 0 8pt; }
h2 { font-size: 13pt; margin: 16pt 0 4pt; }
.key { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 18pt; letter-spacing: 1pt;
  border: 2pt solid #111; padding: 10pt; margin: 10pt 0; word-break: break-all; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; font-size: 10pt; }
dt { font-weight: 600; }
dd { margin: 0; word-break: break-all; }
</style>
</head>
<body>
<h1>${e(w.title)}</h1>
<p>${e(w.intro)}</p>
<h2>${e(w.keyLabel)}</h2>
<p class="key" id="recovery-key">${e(facts.recoveryKey)}</p>
<dl>
<dt>${e(w.vault)}</dt><dd>${e(facts.vaultId)}</dd>
<dt>${e(w.folder)}</dt><dd>${e(facts.vaultDir)}</dd>
<dt>${e(w.made)}</dt><dd>${e(facts.madeAt.toISOString().slice(0, 10))}</dd>
</dl>
<h2>${e(w.howTitle)}</h2>
<p>${e(w.how)}</p>
<h2>${e(w.keepTitle)}</h2>
<p>${e(w.keep)}</p>
</body>
</html>
`;
}

/** The kit as plain text (the same words, for a printer-less user or a password manager). */
export function recoveryKitText(facts: RecoveryKitFacts): string {
  const w = WORDS[facts.language];
  return [
    w.title,
    '',
    w.intro,
    '',
    `${w.keyLabel}: ${facts.recoveryKey}`,
    '',
    `${w.vault}: ${facts.vaultId}`,
    `${w.folder}: ${facts.vaultDir}`,
    `${w.made}: ${facts.madeAt.toISOString().slice(0, 10)}`,
    '',
    `${w.howTitle}: ${w.how}`,
    '',
    `${w.keepTitle}: ${w.keep}`,
    '',
  ].join('\n');
}

export function recoveryKitFileName(format: RecoveryKitFormat, madeAt: Date): string {
  return `keyward-emergency-kit-${madeAt.toISOString().slice(0, 10)}.${format === 'pdf' ? 'pdf' : 'txt'}`;
}

/**
 * Asks main where to save, renders and writes the kit there (owner-only). `saved: false`
 * when the user cancelled the dialog; nothing is written then.
 */
export async function saveRecoveryKit(
  port: RecoveryKitPort,
  facts: RecoveryKitFacts,
  format: RecoveryKitFormat,
): Promise<{ saved: boolean }> {
  const target = await port.chooseSavePath(format, recoveryKitFileName(format, facts.madeAt));
  if (target === null) return { saved: false };
  const content =
    format === 'pdf'
      ? await port.renderPdf(recoveryKitHtml(facts))
      : new TextEncoder().encode(recoveryKitText(facts));
  try {
    await writeFile(target, content, { mode: 0o600 });
    // An existing file keeps its mode on overwrite: make it owner-only too.
    await chmod(target, 0o600).catch(() => undefined);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'write failed';
    throw new KeywardError(
      'invalid-input',
      `The emergency kit could not be saved there (${reason}); choose another folder.`,
      { cause: error },
    );
  }
  return { saved: true };
}
