// Rotation, DOMAIN.md's four steps, as the UI and the CLI show them. The step names are the
// vault's (ROTATION_STEPS); the order is the order they must be done in.
import type { RotationStep } from '../domain/workflow-steps';
import { ROTATION_STEPS } from '../domain/workflow-steps';

export interface StepText {
  title: string;
  detail: string;
}

export const ROTATION_STEP_TEXT: Record<RotationStep, StepText> = {
  'new-key-created': {
    title: 'Create a new key at the exchange',
    detail:
      'Give it the same least-privilege permissions and the same IP whitelist as the old one, then record its API key and secret here (or generate a new Ed25519 pair here and upload its public key).',
  },
  'service-updated': {
    title: 'Update the third-party service with the new key',
    detail: 'Paste the new API key and secret into the service that uses this key.',
  },
  'confirmed-working': {
    title: 'Confirm the service works with the new key',
    detail: 'Check that the service reads balances or places orders as before.',
  },
  'old-key-deleted': {
    title: 'Delete the old key at the exchange',
    detail:
      'Deleting a key does not touch your assets; it only revokes access through that key. Finishing the rotation here replaces the old key material.',
  },
};

export const ROTATION_CHECKLIST: readonly (StepText & { step: RotationStep; n: number })[] =
  ROTATION_STEPS.map((step, i) => ({ step, n: i + 1, ...ROTATION_STEP_TEXT[step] }));

/** A step by its name or its number (1-4), as the CLI accepts it; undefined if neither. */
export function parseRotationStep(input: string): RotationStep | undefined {
  const text = input.trim().toLowerCase();
  if (/^[1-4]$/.test(text)) return ROTATION_STEPS[Number(text) - 1];
  return ROTATION_STEPS.find((s) => s === text);
}
