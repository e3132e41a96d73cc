import { describe, expect, it } from 'vitest';
import { emptyVaultData, type KeyRecord, type VaultData } from './key-record';
import { expireTrash, findInTrash, labelForRestore, trashEntries, TRASH_DAYS } from './trash';
import { makeKey } from '../findings/test-fixtures';

const DAY = 86_400_000;
const trashedAt = '2026-01-01T00:00:00.000Z';

function vaultWithTrash(key: KeyRecord): VaultData {
  return { ...emptyVaultData(), trash: [{ key, trashedAt }] };
}

describe('the Trash', () => {
  it('keeps a key TRASH_DAYS days, then keeps only what a removed key keeps', () => {
    const key = makeKey({ label: 'Bot' });
    const data = vaultWithTrash(key);
    const justBefore = new Date(Date.parse(trashedAt) + TRASH_DAYS * DAY - 1);
    expect(expireTrash(data, justBefore)).toBe(0);
    expect(findInTrash(data, 'bot', justBefore)?.key.id).toBe(key.id);

    const after = new Date(Date.parse(trashedAt) + TRASH_DAYS * DAY);
    expect(trashEntries(data, after)).toEqual([]);
    expect(expireTrash(data, after)).toBe(1);
    expect(data.trash).toEqual([]);
    expect(data.removed).toHaveLength(1);
    const removed = data.removed[0]!;
    expect(removed.id).toBe(key.id);
    expect(removed.history.at(-1)?.type).toBe('removed');
    // What stays holds neither the secret nor the full API key.
    expect(JSON.stringify(removed)).not.toContain(key.secret);
    expect(JSON.stringify(removed)).not.toContain(key.apiKey);
  });

  it('restores under the own label, or "(restored)" when a newer key took it', () => {
    const data = { ...emptyVaultData(), keys: [makeKey({ label: 'Bot' })] };
    expect(labelForRestore(data, 'Other')).toBe('Other');
    expect(labelForRestore(data, 'bot')).toBe('bot (restored)');
    data.keys.push(makeKey({ label: 'Bot (restored)' }));
    expect(labelForRestore(data, 'Bot')).toBe('Bot (restored 2)');
    expect(labelForRestore(data, 'x'.repeat(100))).toHaveLength(100);
  });
});
