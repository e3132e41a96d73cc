import { describe, expect, it } from 'vitest';
import { loadSodium } from './sodium';
import { hchacha20, xchachaDecrypt } from './xchacha-node';

describe("Node's XChaCha20-Poly1305 decryption matches libsodium", () => {
  it('HChaCha20 equals crypto_core_hchacha20', async () => {
    const sodium = await loadSodium();
    for (let i = 0; i < 50; i++) {
      const key = sodium.randombytes_buf(32);
      const input = sodium.randombytes_buf(16);
      expect(Buffer.from(hchacha20(key, input))).toEqual(
        Buffer.from(sodium.crypto_core_hchacha20(input, key, null)),
      );
    }
  });

  it('opens what libsodium sealed, at many sizes, with associated data', async () => {
    const sodium = await loadSodium();
    for (const size of [0, 1, 15, 16, 17, 63, 64, 65, 1000, 70_000]) {
      const key = sodium.randombytes_buf(32);
      const nonce = sodium.randombytes_buf(24);
      const message = sodium.randombytes_buf(size);
      const ad = sodium.randombytes_buf(size % 50);
      const sealed = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
        message,
        ad,
        null,
        nonce,
        key,
      );
      expect(Buffer.from(xchachaDecrypt(sealed, ad, nonce, key))).toEqual(Buffer.from(message));
    }
  });

  it('refuses a changed byte, other associated data, another key or nonce', async () => {
    const sodium = await loadSodium();
    const key = sodium.randombytes_buf(32);
    const nonce = sodium.randombytes_buf(24);
    const ad = new TextEncoder().encode('header');
    const sealed = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      'secret payload',
      ad,
      null,
      nonce,
      key,
    );
    for (let i = 0; i < sealed.length; i++) {
      const changed = Uint8Array.from(sealed);
      changed[i]! ^= 1;
      expect(() => xchachaDecrypt(changed, ad, nonce, key)).toThrow();
    }
    expect(() => xchachaDecrypt(sealed, new TextEncoder().encode('Header'), nonce, key)).toThrow();
    expect(() => xchachaDecrypt(sealed, ad, nonce, sodium.randombytes_buf(32))).toThrow();
    const otherNonce = Uint8Array.from(nonce);
    otherNonce[20]! ^= 1;
    expect(() => xchachaDecrypt(sealed, ad, otherNonce, key)).toThrow();
  });
});
