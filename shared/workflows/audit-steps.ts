// The monthly audit, DOMAIN.md's five steps in order.
import { AUDIT_STEP_COUNT } from '../domain/workflow-steps';
import type { StepText } from './rotation-steps';

export const AUDIT_CHECKLIST: readonly (StepText & { n: number })[] = [
  {
    n: 1,
    title: 'Review every existing key',
    detail: 'Go through the keys under review: label, service, permissions, last rotation.',
  },
  {
    n: 2,
    title: 'Delete keys that are no longer used',
    detail:
      'Delete them at the exchange first, then here. An account holds at most 30 keys; keep only keys in use.',
  },
  {
    n: 3,
    title: "Verify each key's permissions against its use case",
    detail: 'Each key gets only what its job needs; withdrawals almost never.',
  },
  {
    n: 4,
    title: "Check each key's IP whitelist",
    detail: 'Every key should be restricted to the IP addresses of the service that uses it.',
  },
  {
    n: 5,
    title: "Review the exchange's API call logs",
    detail: 'Look for activity you do not recognise; if you find some, start a leak response.',
  },
];

if (AUDIT_CHECKLIST.length !== AUDIT_STEP_COUNT) {
  throw new Error('AUDIT_CHECKLIST must have AUDIT_STEP_COUNT steps');
}
