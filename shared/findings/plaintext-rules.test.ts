import { describe, expect, it } from 'vitest';
import type { ScanHitRecord } from '../domain/scan-record';
import { plaintextCopyRule } from './plaintext-rules';
import { makeKey, T0 } from './test-fixtures';

const at = T0.toISOString();
const hit = (over: Partial<ScanHitRecord>): ScanHitRecord => ({
  keyId: 'k',
  field: 'secret',
  source: 'file',
  path: '/h/a.env',
  line: 1,
  foundAt: at,
  ...over,
});

describe('plaintext-copy', () => {
  const key = makeKey({ id: 'k', label: 'Bot - Trading' });

  it('is high for a secret or passphrase, medium for an API key alone, one per place', () => {
    const list = plaintextCopyRule(key, [
      hit({ field: 'apiKey', line: 4 }),
      hit({ field: 'secret', line: 5 }),
      hit({ path: '/h/b.env', field: 'apiKey' }),
      hit({ path: '/h/c.env', field: 'passphrase', line: 9 }),
      hit({ keyId: 'other' }),
    ]);
    expect(list.map((f) => [f.subject, f.severity])).toEqual([
      ['file:/h/a.env', 'high'],
      ['file:/h/b.env', 'medium'],
      ['file:/h/c.env', 'high'],
    ]);
    expect(list[0]!.message).toBe(
      'The secret of "Bot - Trading" is in plain text in /h/a.env (line 4): whoever or whatever reads that file can use the key.',
    );
    expect(list[2]!.message).toContain('The API passphrase of');
  });

  it('is critical in git history, or when the key can withdraw', () => {
    const git = plaintextCopyRule(key, [
      hit({ source: 'git', field: 'apiKey', repo: '/h/r', commit: 'c'.repeat(40) }),
    ]);
    expect(git[0]!.severity).toBe('critical');
    expect(git[0]!.message).toContain('git history of /h/r (commit cccccccccccc)');
    expect(git[0]!.fix).toMatch(/^Rotate the key now/);
    const withdrawing = makeKey({
      id: 'k',
      permissions: { read: true, spotMargin: false, futures: false, withdrawals: true },
    });
    expect(plaintextCopyRule(withdrawing, [hit({ field: 'apiKey' })])[0]!.severity).toBe(
      'critical',
    );
  });

  it('gives each source its fix', () => {
    const [history] = plaintextCopyRule(key, [hit({ source: 'history', path: '/h/.zsh_history' })]);
    expect(history!.fix).toMatch(/^Delete that line from the history/);
    expect(plaintextCopyRule(key, [hit({})])[0]!.fix).toContain('keyward exec');
  });
});
