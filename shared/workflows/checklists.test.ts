import { describe, expect, it } from 'vitest';
import { RED_FLAGS, ROTATION_STEPS } from '../domain/key-record';
import {
  ASSESSMENT_QUESTIONS,
  AUDIT_CHECKLIST,
  LEAK_RESPONSE_CHECKLIST,
  ROTATION_CHECKLIST,
  parseRotationStep,
} from './index';

describe('checklists follow DOMAIN.md', () => {
  it('rotation: four steps in order', () => {
    expect(ROTATION_CHECKLIST.map((s) => [s.n, s.step])).toEqual([
      [1, 'new-key-created'],
      [2, 'service-updated'],
      [3, 'confirmed-working'],
      [4, 'old-key-deleted'],
    ]);
    expect(ROTATION_CHECKLIST.map((s) => s.title)).toEqual([
      'Create a new key at the exchange',
      'Update the third-party service with the new key',
      'Confirm the service works with the new key',
      'Delete the old key at the exchange',
    ]);
    expect(ROTATION_CHECKLIST[0]?.detail).toMatch(
      /same least-privilege permissions and the same IP whitelist/,
    );
  });

  it('rotation steps parse by name or number, nothing else', () => {
    expect(parseRotationStep('2')).toBe('service-updated');
    expect(parseRotationStep(' Confirmed-Working ')).toBe('confirmed-working');
    for (const s of ROTATION_STEPS) expect(parseRotationStep(s)).toBe(s);
    expect(parseRotationStep('5')).toBeUndefined();
    expect(parseRotationStep('done')).toBeUndefined();
  });

  it('audit: five steps in order', () => {
    expect(AUDIT_CHECKLIST.map((s) => s.title)).toEqual([
      'Review every existing key',
      'Delete keys that are no longer used',
      "Verify each key's permissions against its use case",
      "Check each key's IP whitelist",
      "Review the exchange's API call logs",
    ]);
  });

  it('leak response: eight steps, five immediately then three afterwards', () => {
    expect(LEAK_RESPONSE_CHECKLIST.map((s) => [s.n, s.phase, s.title])).toEqual([
      [1, 'immediately', 'Delete the leaked key at the exchange'],
      [2, 'immediately', 'Check recent account activity'],
      [3, 'immediately', 'Check balances'],
      [4, 'immediately', 'Change the account password'],
      [5, 'immediately', 'Contact exchange support if anything abnormal was found'],
      [6, 'afterwards', 'Investigate how the key leaked'],
      [7, 'afterwards', 'Stop using the compromised service'],
      [8, 'afterwards', 'Give new keys stronger protection'],
    ]);
  });

  it('assessment: one question per red flag; the two serious ones marked', () => {
    expect(ASSESSMENT_QUESTIONS.map((q) => q.flag)).toEqual([...RED_FLAGS]);
    expect(ASSESSMENT_QUESTIONS.filter((q) => q.serious).map((q) => q.flag)).toEqual([
      'asks-withdrawals',
      'asks-disable-ip-whitelist',
    ]);
    for (const q of ASSESSMENT_QUESTIONS) expect(q.question).toMatch(/\?$/);
  });
});
