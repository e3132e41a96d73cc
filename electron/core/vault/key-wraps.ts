// Wrapping the vault key: by the recovery key (always) and by a passphrase (optional).
// Each wrap is XChaCha20-Poly1305 with the vault id and the wrap's kind as associated data,
// so a wrap cannot be moved to another vault or slot. Invariant: the vault key is never
// written anywhere unwrapped except the OS keychain.
import type { VaultHeader } from './vault-format';
import type { Sodium } from './sodium';

export const VAULT_KEY_BYTES = 32;
type Wrap = VaultHeader['wraps']['recovery'];
type PassphraseWrap = NonNullable<VaultHeader['wraps']['passphrase']>;

export interface PwhashLimits {
  opslimit: number;
  memlimit: number;
}

/** libsodium's MODERATE limits (256 MiB, 3 passes): the choice for Argon2id. */
export function moderateLimits(sodium: Sodium): PwhashLimits {
  return {
    opslimit: sodium.crypto_pwhash_OPSLIMIT_MODERATE,
    memlimit: sodium.crypto_pwhash_MEMLIMIT_MODERATE,
  };
}

const enc = (sodium: Sodium, bytes: Uint8Array) =>
  sodium.to_base64(bytes, sodium.base64_variants.ORIGINAL);
const dec = (sodium: Sodium, text: string) =>
  sodium.from_base64(text, sodium.base64_variants.ORIGINAL);

function seal(sodium: Sodium, vaultKey: Uint8Array, wrapKey: Uint8Array, ad: string): Wrap {
  const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    vaultKey,
    ad,
    null,
    nonce,
    wrapKey,
  );
  return { nonce: enc(sodium, nonce), ciphertext: enc(sodium, ciphertext) };
}

function open(sodium: Sodium, wrap: Wrap, wrapKey: Uint8Array, ad: string): Uint8Array | null {
  try {
    const key = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      dec(sodium, wrap.ciphertext),
      ad,
      dec(sodium, wrap.nonce),
      wrapKey,
    );
    return key.length === VAULT_KEY_BYTES ? key : null;
  } catch {
    return null;
  }
}

function recoveryWrapKey(sodium: Sodium, recoveryBytes: Uint8Array): Uint8Array {
  // The recovery key has 160 random bits: a keyed hash suffices, no slow KDF needed.
  return sodium.crypto_generichash(32, recoveryBytes, 'keyward-recovery-wrap-v1');
}

export function wrapWithRecovery(
  sodium: Sodium,
  vaultKey: Uint8Array,
  recoveryBytes: Uint8Array,
  vaultId: string,
): Wrap {
  return seal(sodium, vaultKey, recoveryWrapKey(sodium, recoveryBytes), `recovery:${vaultId}`);
}

export function unwrapWithRecovery(
  sodium: Sodium,
  wrap: Wrap,
  recoveryBytes: Uint8Array,
  vaultId: string,
): Uint8Array | null {
  return open(sodium, wrap, recoveryWrapKey(sodium, recoveryBytes), `recovery:${vaultId}`);
}

function passphraseKey(sodium: Sodium, passphrase: string, salt: Uint8Array, limits: PwhashLimits) {
  return sodium.crypto_pwhash(
    32,
    passphrase.normalize('NFC'),
    salt,
    limits.opslimit,
    limits.memlimit,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  );
}

export function wrapWithPassphrase(
  sodium: Sodium,
  vaultKey: Uint8Array,
  passphrase: string,
  vaultId: string,
  limits: PwhashLimits,
): PassphraseWrap {
  const salt = sodium.randombytes_buf(sodium.crypto_pwhash_SALTBYTES);
  const wrapKey = passphraseKey(sodium, passphrase, salt, limits);
  return {
    ...seal(sodium, vaultKey, wrapKey, `passphrase:${vaultId}`),
    salt: enc(sodium, salt),
    ...limits,
  };
}

export function unwrapWithPassphrase(
  sodium: Sodium,
  wrap: PassphraseWrap,
  passphrase: string,
  vaultId: string,
): Uint8Array | null {
  const wrapKey = passphraseKey(sodium, passphrase, dec(sodium, wrap.salt), wrap);
  return open(sodium, wrap, wrapKey, `passphrase:${vaultId}`);
}
