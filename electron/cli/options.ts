// Parsing of option values shared by several commands. Bad values become invalid-input
// errors (exit 2) that say what is accepted.
import { PERMISSIONS, type Permissions } from '../../shared/domain/exchange';
import { KeywardError } from '../core/errors';

export function parsePermList(text: string): Permissions {
  const perms: Permissions = { read: false, spotMargin: false, futures: false, withdrawals: false };
  const items = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (items.length === 0) {
    throw new KeywardError(
      'invalid-input',
      `--perm needs a comma-separated list from ${PERMISSIONS.join(',')}.`,
    );
  }
  for (const item of items) {
    const match = PERMISSIONS.find((p) => p.toLowerCase() === item.toLowerCase());
    if (!match) {
      throw new KeywardError(
        'invalid-input',
        `Unknown permission "${item}": use ${PERMISSIONS.join(', ')}.`,
      );
    }
    perms[match] = true;
  }
  return perms;
}

export function parseWholeNumber(name: string): (text: string) => number {
  return (text) => {
    if (!/^\d+$/.test(text.trim())) {
      throw new KeywardError('invalid-input', `${name} needs a whole number, not "${text}".`);
    }
    return Number(text);
  };
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function permissionList(perms: Permissions): string {
  const granted = PERMISSIONS.filter((p) => perms[p]);
  return granted.length ? granted.join(',') : 'none';
}
