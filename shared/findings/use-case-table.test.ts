// DOMAIN.md's least-privilege table, cell by cell: 6 use cases x 4 permissions. For every
// cell, granting the permission on top of the row, and withholding it, must give exactly the
// finding the table implies.
import { describe, expect, it } from 'vitest';
import type { Permission, UseCase } from '../domain/exchange';
import { PERMISSION_NAMES, USE_CASE_PERMISSIONS } from '../domain/exchange';
import { findings } from './findings';
import { makeKey, makeVault, T0 } from './test-fixtures';

// Copied from DOMAIN.md ("yes" = the use case needs it). custom: the user decides.
const TABLE: Record<Exclude<UseCase, 'custom'>, Record<Permission, boolean>> = {
  'portfolio-tracking': { read: true, spotMargin: false, futures: false, withdrawals: false },
  'tax-reports': { read: true, spotMargin: false, futures: false, withdrawals: false },
  'spot-bot': { read: true, spotMargin: true, futures: false, withdrawals: false },
  'futures-bot': { read: true, spotMargin: false, futures: true, withdrawals: false },
  'auto-transfer': { read: true, spotMargin: false, futures: false, withdrawals: true },
};

const PERMS: Permission[] = ['read', 'spotMargin', 'futures', 'withdrawals'];
const cells = (Object.keys(TABLE) as Exclude<UseCase, 'custom'>[]).flatMap((useCase) =>
  PERMS.map((perm) => ({ useCase, perm, needed: TABLE[useCase][perm] })),
);

function permissionFindings(useCase: UseCase, perms: Record<Permission, boolean>) {
  const key = makeKey({ useCase, permissions: perms, label: 'Service X - Purpose' });
  return findings(makeVault([key]), T0).filter((f) =>
    ['excess-permission', 'missing-permission', 'custom-permission'].includes(f.rule),
  );
}

describe("DOMAIN.md's use-case table", () => {
  it('the default rows equal the table', () => {
    for (const [useCase, row] of Object.entries(TABLE)) {
      expect(USE_CASE_PERMISSIONS[useCase as UseCase]).toEqual(row);
    }
    expect(USE_CASE_PERMISSIONS.custom).toEqual({
      read: true,
      spotMargin: false,
      futures: false,
      withdrawals: false,
    });
  });

  it.each(cells)('$useCase x $perm (needed: $needed)', ({ useCase, perm, needed }) => {
    const row = TABLE[useCase];
    const granted = permissionFindings(useCase, { ...row, [perm]: true });
    const withheld = permissionFindings(useCase, { ...row, [perm]: false });
    if (needed) {
      // The row itself, exactly as the table says, is clean.
      expect(granted).toEqual([]);
      expect(withheld).toHaveLength(1);
      expect(withheld[0]).toMatchObject({
        rule: 'missing-permission',
        severity: 'info',
        subject: perm,
      });
      expect(withheld[0]?.message).toContain(PERMISSION_NAMES[perm]);
    } else {
      expect(withheld).toEqual([]);
      expect(granted).toHaveLength(1);
      expect(granted[0]).toMatchObject({
        rule: 'excess-permission',
        severity: 'high',
        subject: perm,
      });
      expect(granted[0]?.message).toContain(PERMISSION_NAMES[perm]);
      expect(granted[0]?.fix).toContain(PERMISSION_NAMES[perm]);
    }
  });

  it.each(PERMS)('custom x %s: never "excess"; every risky grant explained', (perm) => {
    const only = {
      read: false,
      spotMargin: false,
      futures: false,
      withdrawals: false,
      [perm]: true,
    };
    const list = permissionFindings('custom', only);
    if (perm === 'read') {
      // Read moves nothing: a custom read-only key is clean.
      expect(list).toEqual([]);
    } else {
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({ rule: 'custom-permission', severity: 'info', subject: perm });
      expect(list[0]?.message).toContain(PERMISSION_NAMES[perm]);
    }
    expect(permissionFindings('custom', { ...only, [perm]: false })).toEqual([]);
  });
});
