// Rules of the credential model (issue 10): an exchange switch beyond the use case (extras),
// and an OKX key without the API passphrase it cannot work without.
import { USE_CASE_NAMES } from '../domain/exchange';
import {
  CREDENTIALS,
  excessExtras,
  extraName,
  OKX_PASSPHRASE_SENTENCE,
} from '../domain/credentials';
import { base, type Key } from './key-rules';
import type { Finding } from './types';

/** Least privilege for the exchange's other switches (extras), as for the four. */
export function excessExtraRule(key: Key): Finding[] {
  return excessExtras(key.useCase, key.extras).map((extra) => ({
    ...base(key),
    rule: 'excess-extra' as const,
    severity: 'high' as const,
    subject: extra,
    message: `"${key.label}" has ${extraName(extra)}, which a ${USE_CASE_NAMES[key.useCase].toLowerCase()} key does not need.`,
    fix: `Turn off ${extraName(extra)} for this key at the exchange and here, or choose the use case that really needs it.`,
    text: {
      message: 'default',
      fix: 'default',
      params: { label: key.label, extra: extraName(extra), useCase: key.useCase },
    },
  }));
}

/**
 * An exchange that issues an API passphrase (OKX) refuses every call without it. Old records
 * (before the passphrase was stored) are kept and reported, never dropped.
 */
export function missingPassphraseRule(key: Key): Finding[] {
  if (CREDENTIALS[key.provider].passphrase !== 'required') return [];
  if ((key.passphrase ?? '') !== '') return [];
  return [
    {
      ...base(key),
      rule: 'missing-passphrase',
      severity: 'high',
      message: `"${key.label}" has no API passphrase recorded: OKX refuses every call without it, so no program can use this key from Keyward.`,
      fix: `If you know it, record it (Edit, or keyward set-api-passphrase "${key.label}"). ${OKX_PASSPHRASE_SENTENCE}`,
      text: { message: 'default', fix: 'default', params: { label: key.label } },
    },
  ];
}
