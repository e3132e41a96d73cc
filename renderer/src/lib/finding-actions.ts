// Which actions a finding offers inside it, by its rule: the step its fix asks for, one click
// away. Pure, so the mapping is tested on its own; the buttons are components/finding-actions.
import { DEFAULT_ROTATION_DAYS } from '../../../shared/domain/exchange';
import type { Finding } from '../../../shared/findings/types';
import type { KeySummary } from '../../../shared/ipc/views';

export type FindingAction =
  /** Opens the rotation wizard for the key. */
  | { kind: 'rotate' }
  /** Sets the key's rotation period to `days` through the ordinary edit. */
  | { kind: 'set-rotation-days'; days: number }
  /** Opens the key's edit form with the IP whitelist focused. */
  | { kind: 'edit-ip' };

type ActionKey = Pick<KeySummary, 'status' | 'useCase' | 'rotationIntervalDays'>;

const ROTATE: FindingAction = { kind: 'rotate' };
const EDIT_IP: FindingAction = { kind: 'edit-ip' };

/**
 * The actions for `finding` about `key` (none for a vault-wide finding or a key that is gone).
 * Rotation only for a live key (active, or a rotation already under way to continue); a
 * compromised key has its leak response instead.
 */
export function findingActions(
  finding: Pick<Finding, 'rule' | 'keyId'>,
  key: ActionKey | undefined,
): FindingAction[] {
  if (!finding.keyId || !key) return [];
  const live = key.status === 'active' || key.status === 'rotating';
  if (!live) return [];
  switch (finding.rule) {
    case 'rotation-due':
    case 'rotation-overdue':
      return [ROTATE];
    case 'rotation-interval-too-long':
      return key.rotationIntervalDays > DEFAULT_ROTATION_DAYS
        ? [{ kind: 'set-rotation-days', days: DEFAULT_ROTATION_DAYS }]
        : [];
    case 'no-ip-whitelist':
    case 'binance-trading-lapse':
      return [EDIT_IP];
    // Its fix: bind the key to the server's IP (whitelisted keys do not expire) or rotate it.
    case 'exchange-expiry':
      return [EDIT_IP, ROTATE];
    // An auto-transfer key keeps withdrawals: its fix is the IP whitelist. Any other key's fix
    // is to turn withdrawals off, which is not an IP edit.
    case 'withdrawals-enabled':
      return key.useCase === 'auto-transfer' ? [EDIT_IP] : [];
    default:
      return [];
  }
}
