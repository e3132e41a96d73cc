// What every command needs: the vault folder, the keychain, stdin, and opening the vault
// with the passphrase when one is set.
import path from 'node:path';
import { escapeUnsafeText, jsonForTerminal } from '../../shared/domain/text-safety';
import { KeywardError } from '../core/errors';
import { defaultVaultDir } from '../core/vault/default-dir';
import { keytarKeychain, type KeychainPort } from '../core/vault/keychain';
import { VaultStore } from '../core/vault/vault-store';
import { StdinReader, type CliIo } from './io';

export interface PassphraseOption {
  passphraseStdin?: boolean;
}

export class CliContext {
  readonly stdin: StdinReader;
  private keychainPort: KeychainPort | undefined;

  constructor(
    readonly io: CliIo,
    private readonly vaultOption: () => string | undefined,
  ) {
    this.stdin = new StdinReader(io);
  }

  vaultDir(): string {
    const option = this.vaultOption();
    return option ? path.resolve(option) : defaultVaultDir(this.io.env);
  }

  keychain(): KeychainPort {
    this.keychainPort ??= keytarKeychain();
    return this.keychainPort;
  }

  /**
   * One line on stdout. Invariant: user text (labels, names, notes, finding messages) reaches
   * the terminal only through out/note/json, which escape control and bidi characters as
   * \uXXXX (shared/domain/text-safety.ts): a label can neither send escape sequences nor
   * break the line. Only a tab is left as is.
   */
  out(text: string): void {
    this.io.stdout.write(
      `${escapeUnsafeText(text.endsWith('\n') ? text.slice(0, -1) : text, '\t')}\n`,
    );
  }

  /** `value` as indented JSON; the refused characters appear only as \uXXXX escapes. */
  json(value: unknown): void {
    this.io.stdout.write(`${jsonForTerminal(value)}\n`);
  }

  /**
   * Text Keyward made itself and that must reach stdout byte for byte (a public key PEM,
   * several lines). Never user text.
   */
  outGenerated(text: string): void {
    this.io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  /** One message on stderr, escaped like out(). */
  note(text: string): void {
    this.io.stderr.write(`${escapeUnsafeText(text, '\t')}\n`);
  }

  /** The passphrase from stdin's first line when --passphrase-stdin is given. */
  async passphraseFromStdin(options: PassphraseOption): Promise<string | undefined> {
    if (!options.passphraseStdin) return undefined;
    if (this.stdin.interactive) return this.stdin.hidden('Passphrase: ');
    const line = await this.stdin.line();
    if (line === '') {
      throw new KeywardError(
        'invalid-input',
        '--passphrase-stdin was given but stdin held no passphrase.',
      );
    }
    return line;
  }

  async openStore(options: PassphraseOption = {}): Promise<VaultStore> {
    const dir = this.vaultDir();
    const passphrase = await this.passphraseFromStdin(options);
    try {
      return await VaultStore.open(dir, {
        keychain: this.keychain(),
        ...(passphrase !== undefined && { passphrase }),
      });
    } catch (error) {
      if (
        error instanceof KeywardError &&
        error.code === 'passphrase-required' &&
        this.stdin.interactive
      ) {
        const typed = await this.stdin.hidden('Passphrase: ');
        return VaultStore.open(dir, { keychain: this.keychain(), passphrase: typed });
      }
      throw error;
    }
  }

  /** A secret: the rest of piped stdin, or a hidden prompt on a terminal. */
  async secret(prompt: string): Promise<string> {
    const value = this.stdin.interactive
      ? await this.stdin.hidden(prompt)
      : await this.stdin.rest();
    if (value.trim() === '') {
      throw new KeywardError(
        'invalid-input',
        'No secret was given: pipe it on stdin (e.g. from your password manager) or type it at the prompt.',
      );
    }
    return value;
  }
}
