import { describe, expect, it } from 'vitest';
import { RULES, type RuleId } from '../../../shared/findings/types';
import { findingActions } from './finding-actions';

type ActionKey = NonNullable<Parameters<typeof findingActions>[1]>;
const key: ActionKey = { status: 'active', useCase: 'spot-bot', rotationIntervalDays: 365 };
const kinds = (rule: RuleId, over: Partial<ActionKey> = {}) =>
  findingActions({ rule, keyId: 'k1' }, { ...key, ...over }).map((a) => a.kind);

describe('findingActions', () => {
  it('maps each rule to the step its fix asks for', () => {
    const table = Object.fromEntries(RULES.map((rule) => [rule, kinds(rule)]));
    expect(table).toEqual({
      'withdrawals-enabled': [],
      'excess-permission': [],
      'excess-extra': [],
      'missing-passphrase': [],
      'missing-permission': [],
      'custom-permission': [],
      'no-ip-whitelist': ['edit-ip'],
      'binance-trading-lapse': ['edit-ip'],
      'rotation-due': ['rotate'],
      'rotation-overdue': ['rotate'],
      'rotation-interval-too-long': ['set-rotation-days'],
      'audit-due': [],
      'shared-api-key': [],
      'account-key-limit': [],
      'service-red-flag': [],
      'compromised-unresolved': [],
      'vague-label': [],
      'exchange-drift': [],
      'exchange-rejected': [],
      'exchange-expiry': ['edit-ip', 'rotate'],
      'exchange-unchecked': [],
      'plaintext-copy': [],
    });
  });

  it('sets the rotation period to 90 days, and only when it is longer', () => {
    expect(findingActions({ rule: 'rotation-interval-too-long', keyId: 'k1' }, key)).toEqual([
      { kind: 'set-rotation-days', days: 90 },
    ]);
    expect(kinds('rotation-interval-too-long', { rotationIntervalDays: 90 })).toEqual([]);
  });

  it('an auto-transfer key that withdraws is pointed at its IP whitelist', () => {
    expect(kinds('withdrawals-enabled', { useCase: 'auto-transfer' })).toEqual(['edit-ip']);
  });

  it('offers nothing for a vault-wide finding, an unknown key, or a key that is not live', () => {
    expect(findingActions({ rule: 'rotation-due' }, key)).toEqual([]);
    expect(findingActions({ rule: 'rotation-due', keyId: 'k1' }, undefined)).toEqual([]);
    expect(kinds('rotation-overdue', { status: 'compromised' })).toEqual([]);
    expect(kinds('no-ip-whitelist', { status: 'revoked' })).toEqual([]);
    expect(kinds('rotation-due', { status: 'rotating' })).toEqual(['rotate']);
  });
});
