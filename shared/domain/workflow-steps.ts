// The fixed steps and flags of the workflows (rotation, leak response, monthly audit, service
// assessment) as plain constants, without zod: shared/workflows and the renderer's strings need
// only these, and importing key-record.ts would build every vault schema at start-up.
// key-record.ts builds its schemas from them and re-exports them.
export const ROTATION_STEPS = [
  'new-key-created',
  'service-updated',
  'confirmed-working',
  'old-key-deleted',
] as const;
export type RotationStep = (typeof ROTATION_STEPS)[number];

export const INCIDENT_STEP_COUNT = 8;

export const AUDIT_STEP_COUNT = 5;

export const RED_FLAGS = [
  'asks-withdrawals',
  'no-ip-whitelist-support',
  'no-security-docs',
  'vague-operator',
  'unrealistic-returns',
  'asks-disable-ip-whitelist',
] as const;
export type RedFlag = (typeof RED_FLAGS)[number];

export const RED_FLAG_TEXT: Record<RedFlag, string> = {
  'asks-withdrawals': 'asks for withdrawal permission it does not need',
  'no-ip-whitelist-support': 'does not support IP whitelisting',
  'no-security-docs': 'has no security documentation',
  'vague-operator': 'gives vague information about who runs it',
  'unrealistic-returns': 'promises unrealistic returns',
  'asks-disable-ip-whitelist': 'asks you to disable IP whitelisting',
};
