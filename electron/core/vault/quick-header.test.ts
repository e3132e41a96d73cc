import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test/temp-dir';
import { memoryKeychain } from './keychain';
import { HEADER_KEYS, parseVaultForQuickRead } from './quick-header';
import { vaultPath } from './vault-file';
import { headerSchema, MAGIC } from './vault-format';
import { VaultStore } from './vault-store';

async function vaultBytes(): Promise<Buffer> {
  const dir = await tempDir();
  const { store } = await VaultStore.create(dir, { keychain: memoryKeychain() });
  store.close();
  return readFile(vaultPath(dir));
}

/** The same vault with its header JSON replaced (length field updated). */
function withHeader(bytes: Buffer, edit: (header: Record<string, unknown>) => unknown): Buffer {
  const prefix = MAGIC.length + 6;
  const length = bytes.readUInt32BE(MAGIC.length + 2);
  const header = JSON.parse(bytes.subarray(prefix, prefix + length).toString()) as Record<
    string,
    unknown
  >;
  const json = Buffer.from(JSON.stringify(edit(header)));
  const out = Buffer.concat([bytes.subarray(0, prefix), json, bytes.subarray(prefix + length)]);
  out.writeUInt32BE(json.length, MAGIC.length + 2);
  return out;
}

describe('parseVaultForQuickRead (the zod-free header check)', () => {
  it('knows exactly the keys of the zod header schema', () => {
    expect([...HEADER_KEYS].sort()).toEqual(Object.keys(headerSchema.shape).sort());
  });

  it('reads a vault Keyward wrote', async () => {
    const bytes = await vaultBytes();
    const vault = parseVaultForQuickRead(bytes);
    expect(vault).not.toBeNull();
    expect(vault!.keychain).toBe(true);
    expect(vault!.vaultId).toMatch(/^[0-9a-f]{32}$/);
    expect(vault!.nonce).toHaveLength(24);
    expect(vault!.associatedData.length + vault!.ciphertext.length + 32).toBe(bytes.length);
    // The unchanged header round-trips through the test's editor, so edits below are the cause.
    expect(parseVaultForQuickRead(withHeader(bytes, (h) => h))).not.toBeNull();
  });

  it('refuses what the zod schema refuses, leaving it to the full path', async () => {
    const bytes = await vaultBytes();
    const edits: Record<string, (h: Record<string, unknown>) => unknown> = {
      'an unknown key': (h) => ({ ...h, extra: 1 }),
      'a missing key': ({ createdAt: _c, ...h }) => h,
      'a vault id that is not 32 hex digits': (h) => ({ ...h, vaultId: 'ABC' }),
      'keychain not a boolean': (h) => ({ ...h, keychain: 'true' }),
      'a nonce that is not base64': (h) => ({ ...h, nonce: '!!!!' }),
      'a nonce of the wrong length': (h) => ({ ...h, nonce: Buffer.alloc(12).toString('base64') }),
      'wraps not an object': (h) => ({ ...h, wraps: [] }),
      'an array for a header': () => [],
      null: () => null,
    };
    for (const [what, edit] of Object.entries(edits)) {
      expect(parseVaultForQuickRead(withHeader(bytes, edit)), what).toBeNull();
    }
    const newer = Buffer.from(bytes);
    newer.writeUInt16BE(2, MAGIC.length);
    expect(parseVaultForQuickRead(newer), 'format 2').toBeNull();
    const huge = Buffer.from(bytes);
    huge.writeUInt32BE(bytes.length, MAGIC.length + 2);
    expect(parseVaultForQuickRead(huge), 'a header longer than the file').toBeNull();
    expect(parseVaultForQuickRead(bytes.subarray(0, 40)), 'truncated').toBeNull();
    const notUtf8 = withHeader(bytes, (h) => h);
    notUtf8[MAGIC.length + 6 + 2] = 0xff;
    expect(parseVaultForQuickRead(notUtf8), 'a header that is not UTF-8').toBeNull();
  });
});
