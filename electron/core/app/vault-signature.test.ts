import { describe, expect, it } from 'vitest';
import { KeyService } from '../keys/key-service';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { VaultStore } from '../vault/vault-store';
import { createTestCore } from './testing';

describe('vaultChangedElsewhere', () => {
  it("ignores the app's own saves and reports another process's", async () => {
    const dir = await tempDir();
    const core = createTestCore(dir);
    await core.handle('vault.create', {});
    const input = sampleKey(1);
    await core.handle('keys.add', { ...input, apiKey: input.apiKey ?? '' });
    expect(await core.vaultChangedElsewhere()).toBe(false);

    // "The CLI": its own store on the same folder and keychain.
    const cli = await VaultStore.open(dir, { keychain: core.keychain });
    await new KeyService(cli).add(sampleKey(2));
    cli.close();
    expect(await core.vaultChangedElsewhere()).toBe(true);
    expect(await core.vaultChangedElsewhere()).toBe(false); // reported once

    const list = await core.handle('keys.list', {});
    expect(list.ok && (list.value as { total: number }).total).toBe(2);
    expect(await core.vaultChangedElsewhere()).toBe(false);
  });
});
